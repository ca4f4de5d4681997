package vn.lienthong.web;

import java.time.ZoneId;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Whose calendar every service counts days in ({@code lienthong.zone}): a birth registered at
 * 06:30 in Hà Nội is registered that day, whatever zone the server runs in.
 *
 * @param zone the zone of the communes served, Asia/Ho_Chi_Minh unless set
 */
@ConfigurationProperties("lienthong")
public record ZoneProperties(@DefaultValue("Asia/Ho_Chi_Minh") ZoneId zone) {
}
