package vn.lienthong.web;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Limits applied to every request before its body is read ({@code lienthong.web.*}).
 *
 * @param maxBodySize     the longest body any request may have
 * @param bodySizeLimits  longer limits for some paths (Ant-style patterns), e.g. a bulk upload
 * @param maxNestingDepth how deeply JSON objects and arrays may nest
 * @param maxStringLength the longest JSON string, in characters, before field rules are applied
 */
@ConfigurationProperties("lienthong.web")
public record WebLimitsProperties(
        @DefaultValue("64KB") DataSize maxBodySize,
        Map<String, DataSize> bodySizeLimits,
        @DefaultValue("32") int maxNestingDepth,
        @DefaultValue("20000") int maxStringLength) {

    public WebLimitsProperties {
        bodySizeLimits = bodySizeLimits == null ? Map.of() : new LinkedHashMap<>(bodySizeLimits);
    }

    /** The largest body any path accepts: no JSON document may be longer. */
    public long largestBodySize() {
        return bodySizeLimits.values().stream().mapToLong(DataSize::toBytes)
                .reduce(maxBodySize.toBytes(), Math::max);
    }
}
