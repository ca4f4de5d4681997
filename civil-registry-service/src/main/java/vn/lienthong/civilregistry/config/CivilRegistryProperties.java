package vn.lienthong.civilregistry.config;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the birth and death registers, under {@code lienthong.civil-registry}. Kept out of
 * the code because the law and the registers' practice may change. The registration day is the
 * day in the zone every service counts in ({@code lienthong.zone}).
 *
 * @param lateRegistrationDays  more days than this between birth and registration make it late
 * @param entriesPerVolume      entries in one volume (quyển) of a commune's yearly register
 * @param deathDeclarationDays  more calendar days than this between death and registration make it
 *                              late (Civil Status Law 2014, Art. 33(1): 15); a flag, not a refusal
 */
@ConfigurationProperties("lienthong.civil-registry")
public record CivilRegistryProperties(
        @DefaultValue("60") int lateRegistrationDays,
        @DefaultValue("1000") int entriesPerVolume,
        @DefaultValue("15") int deathDeclarationDays) {
}
