package vn.lienthong.systemtests;

/**
 * The images the container test runs, named by system properties so that the same test runs on
 * machines without a registry (images built there: {@code deploy/images/build-images.sh}) and where
 * the official images can be pulled ({@code -Dlienthong.images.postgres=postgres:17
 * -Dlienthong.images.kafka=apache/kafka:4.1.2}).
 *
 * @param postgres PostgreSQL, configured as the official image is ({@code POSTGRES_PASSWORD}, arguments to {@code postgres})
 * @param kafka    Kafka in KRaft mode, configured as the official image is ({@code KAFKA_*}, {@code CLUSTER_ID})
 * @param prefix   the services' images are {@code <prefix>/<module>:<tag>}
 * @param tag      the services' images' tag: the build's version
 */
record ContainerImages(String postgres, String kafka, String prefix, String tag) {

    static ContainerImages fromSystemProperties() {
        return new ContainerImages(
                System.getProperty("lienthong.images.postgres", "local/lienthong-postgres:17"),
                System.getProperty("lienthong.images.kafka", "local/lienthong-kafka:4"),
                System.getProperty("lienthong.images.prefix", "lienthong"),
                System.getProperty("lienthong.images.tag", "0.1.0-SNAPSHOT"));
    }

    String service(String module) {
        return prefix + "/" + module + ":" + tag;
    }
}
