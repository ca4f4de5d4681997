#!/usr/bin/env python3
"""Writes the JSON schemas the manifest test validates against (deploy/k8s/schemas/*.json).

Custom resources: the operators' own CRD schemas (openAPIV3Schema, converted to JSON Schema with
additionalProperties false wherever the CRD lists its properties), from a checkout of the
datreeio/CRDs-catalog repository given as the first argument. Descriptions are dropped (they do
not take part in validation); nothing else is changed, except that each top level names its
apiVersion and kind and takes the strict object metadata below.

Kubernetes kinds: the pod template is the one generated from k8s.io/api that KEDA's ScaledJob CRD
embeds (spec.jobTargetRef.template), the whole of PodTemplateSpec; the envelopes around it
(Deployment, Service, PodDisruptionBudget, NetworkPolicy, ConfigMap, Namespace) are written here
from the Kubernetes API reference. They list every field of those specs except Service's rarer
load-balancer fields and ObjectMeta's server-set fields, and reject any other field: a manifest
using a field left out fails validation rather than passing unchecked.

    python3 deploy/k8s/schemas/vendor.py /path/to/CRDs-catalog
"""
import json
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))

CRDS = {
    ('kafka.strimzi.io/v1beta2', 'Kafka'): 'kafka.strimzi.io/kafka_v1beta2.json',
    ('kafka.strimzi.io/v1beta2', 'KafkaNodePool'): 'kafka.strimzi.io/kafkanodepool_v1beta2.json',
    ('kafka.strimzi.io/v1beta2', 'KafkaTopic'): 'kafka.strimzi.io/kafkatopic_v1beta2.json',
    ('kafka.strimzi.io/v1beta2', 'KafkaUser'): 'kafka.strimzi.io/kafkauser_v1beta2.json',
    ('postgresql.cnpg.io/v1', 'Cluster'): 'postgresql.cnpg.io/cluster_v1.json',
    ('keda.sh/v1alpha1', 'ScaledObject'): 'keda.sh/scaledobject_v1alpha1.json',
    ('keda.sh/v1alpha1', 'TriggerAuthentication'): 'keda.sh/triggerauthentication_v1alpha1.json',
}

STRING = {'type': 'string'}
INTEGER = {'type': 'integer'}
BOOLEAN = {'type': 'boolean'}
INT_OR_STRING = {'anyOf': [{'type': 'integer'}, {'type': 'string'}]}
STRING_MAP = {'type': 'object', 'additionalProperties': STRING}


def strict(properties, required=()):
    schema = {'type': 'object', 'properties': properties, 'additionalProperties': False}
    if required:
        schema['required'] = list(required)
    return schema


def array(items):
    return {'type': 'array', 'items': items}


OBJECT_META = strict({'name': STRING, 'generateName': STRING, 'namespace': STRING,
                      'labels': STRING_MAP, 'annotations': STRING_MAP})
LABEL_SELECTOR = strict({
    'matchLabels': STRING_MAP,
    'matchExpressions': array(strict({
        'key': STRING,
        'operator': {'type': 'string', 'enum': ['In', 'NotIn', 'Exists', 'DoesNotExist']},
        'values': array(STRING)}, required=['key', 'operator']))})


def top(api_version, kind, spec, required_spec=True, extra=None):
    properties = {'apiVersion': {'const': api_version}, 'kind': {'const': kind}, 'metadata': OBJECT_META}
    if spec is not None:
        properties['spec'] = spec
    properties.update(extra or {})
    required = ['apiVersion', 'kind', 'metadata'] + (['spec'] if spec is not None and required_spec else [])
    return strict(properties, required)


def without_descriptions(node):
    if isinstance(node, dict):
        return {key: without_descriptions(value) for key, value in node.items()
                if not (key == 'description' and isinstance(value, str))}
    if isinstance(node, list):
        return [without_descriptions(item) for item in node]
    return node


def show(catalog, path):
    return json.loads(subprocess.run(['git', '-C', catalog, 'show', 'HEAD:' + path],
                                     check=True, capture_output=True, text=True).stdout)


def crd(catalog, api_version, kind, path):
    schema = without_descriptions(show(catalog, path))
    schema['properties']['apiVersion'] = {'const': api_version}
    schema['properties']['kind'] = {'const': kind}
    schema['properties']['metadata'] = OBJECT_META
    schema['properties'].pop('status', None)
    schema['additionalProperties'] = False
    schema['required'] = sorted(set(schema.get('required', [])) | {'apiVersion', 'kind', 'metadata'})
    return schema


def pod_template(catalog):
    scaled_job = without_descriptions(show(catalog, 'keda.sh/scaledjob_v1alpha1.json'))
    template = scaled_job['properties']['spec']['properties']['jobTargetRef']['properties']['template']
    template['properties']['metadata'] = OBJECT_META
    return template


def core(catalog):
    ports = array(strict({'port': INT_OR_STRING, 'endPort': INTEGER,
                          'protocol': {'type': 'string', 'enum': ['TCP', 'UDP', 'SCTP']}}))
    peer = strict({'ipBlock': strict({'cidr': STRING, 'except': array(STRING)}, required=['cidr']),
                   'namespaceSelector': LABEL_SELECTOR, 'podSelector': LABEL_SELECTOR})
    return {
        ('v1', 'Namespace'): top('v1', 'Namespace', strict({'finalizers': array(STRING)}), required_spec=False),
        ('v1', 'ConfigMap'): top('v1', 'ConfigMap', None, extra={
            'data': STRING_MAP, 'binaryData': STRING_MAP, 'immutable': BOOLEAN}),
        ('apps/v1', 'Deployment'): top('apps/v1', 'Deployment', strict({
            'minReadySeconds': INTEGER, 'paused': BOOLEAN, 'progressDeadlineSeconds': INTEGER,
            'replicas': INTEGER, 'revisionHistoryLimit': INTEGER, 'selector': LABEL_SELECTOR,
            'strategy': strict({'type': {'type': 'string', 'enum': ['Recreate', 'RollingUpdate']},
                                'rollingUpdate': strict({'maxSurge': INT_OR_STRING, 'maxUnavailable': INT_OR_STRING})}),
            'template': pod_template(catalog)}, required=['selector', 'template'])),
        ('v1', 'Service'): top('v1', 'Service', strict({
            'type': {'type': 'string', 'enum': ['ClusterIP', 'NodePort', 'LoadBalancer', 'ExternalName']},
            'selector': STRING_MAP, 'clusterIP': STRING, 'clusterIPs': array(STRING), 'externalName': STRING,
            'externalTrafficPolicy': {'type': 'string', 'enum': ['Cluster', 'Local']},
            'internalTrafficPolicy': {'type': 'string', 'enum': ['Cluster', 'Local']},
            'ipFamilies': array({'type': 'string', 'enum': ['IPv4', 'IPv6']}),
            'ipFamilyPolicy': {'type': 'string', 'enum': ['SingleStack', 'PreferDualStack', 'RequireDualStack']},
            'publishNotReadyAddresses': BOOLEAN,
            'sessionAffinity': {'type': 'string', 'enum': ['ClientIP', 'None']},
            'trafficDistribution': STRING,
            'ports': array(strict({'name': STRING, 'appProtocol': STRING, 'nodePort': INTEGER, 'port': INTEGER,
                                   'protocol': {'type': 'string', 'enum': ['TCP', 'UDP', 'SCTP']},
                                   'targetPort': INT_OR_STRING}, required=['port']))})),
        ('policy/v1', 'PodDisruptionBudget'): top('policy/v1', 'PodDisruptionBudget', strict({
            'maxUnavailable': INT_OR_STRING, 'minAvailable': INT_OR_STRING, 'selector': LABEL_SELECTOR,
            'unhealthyPodEvictionPolicy': {'type': 'string', 'enum': ['IfHealthyBudget', 'AlwaysAllow']}})),
        ('networking.k8s.io/v1', 'NetworkPolicy'): top('networking.k8s.io/v1', 'NetworkPolicy', strict({
            'podSelector': LABEL_SELECTOR,
            'policyTypes': array({'type': 'string', 'enum': ['Ingress', 'Egress']}),
            'ingress': array(strict({'from': array(peer), 'ports': ports})),
            'egress': array(strict({'to': array(peer), 'ports': ports}))}, required=['podSelector'])),
    }


def file_name(api_version, kind):
    return (kind + '-' + api_version.replace('/', '-').replace('.', '-')).lower() + '.json'


def main(catalog):
    schemas = {key: crd(catalog, key[0], key[1], path) for key, path in CRDS.items()}
    schemas.update(core(catalog))
    for (api_version, kind), schema in schemas.items():
        schema['$schema'] = 'http://json-schema.org/draft-07/schema#'
        with open(os.path.join(HERE, file_name(api_version, kind)), 'w') as out:
            json.dump(schema, out, indent=1, sort_keys=True)
            out.write('\n')


if __name__ == '__main__':
    main(sys.argv[1])
