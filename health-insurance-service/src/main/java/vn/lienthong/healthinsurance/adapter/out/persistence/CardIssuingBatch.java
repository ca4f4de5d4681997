package vn.lienthong.healthinsurance.adapter.out.persistence;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import vn.lienthong.healthinsurance.domain.HealthInsuranceCard;
import vn.lienthong.healthinsurance.domain.InitialCareFacility;
import vn.lienthong.healthinsurance.domain.ProvinceCode;
import vn.lienthong.healthinsurance.domain.SocialInsuranceNumber;

/**
 * What one batch of commands reads and writes about cards, held for its transaction: the holders'
 * cards and the care facilities loaded at once, the provinces' counters locked at once, and the
 * cards issued meanwhile. A holder, facility or province the batch did not load is not answered
 * here: the repositories then ask the database.
 */
final class CardIssuingBatch {

    /** By holder's ID number: the card, or empty when the holder had none when loaded. */
    private final Map<String, Optional<HealthInsuranceCard>> cardsByHolder = new HashMap<>();
    private final Map<String, Optional<InitialCareFacility>> facilities = new HashMap<>();
    /** By 3-digit province code: the last serial handed out, locked until commit. */
    private final Map<String, Long> lastSerials = new TreeMap<>();
    private final Map<String, Long> changedSerials = new TreeMap<>();
    private final List<HealthInsuranceCard> issued = new ArrayList<>();

    void knowCard(String holder, Optional<HealthInsuranceCard> card) {
        cardsByHolder.put(holder, card);
    }

    void knowFacility(String code, Optional<InitialCareFacility> facility) {
        facilities.put(code, facility);
    }

    void knowLastSerial(String province, long lastSerial) {
        lastSerials.put(province, lastSerial);
    }

    /** Empty when the batch did not load this holder; otherwise the card, or empty inside when none. */
    Optional<Optional<HealthInsuranceCard>> card(String holder) {
        return Optional.ofNullable(cardsByHolder.get(holder));
    }

    Optional<Optional<InitialCareFacility>> facility(String code) {
        return Optional.ofNullable(facilities.get(code));
    }

    /** The province's next number, when the batch holds its counter; nothing is taken otherwise. */
    Optional<SocialInsuranceNumber> next(ProvinceCode province) {
        Long last = lastSerials.get(province.value());
        if (last == null) {
            return Optional.empty();
        }
        // Made before the counter moves: a serial out of range takes no number.
        SocialInsuranceNumber number = SocialInsuranceNumber.of(province.twoDigits(), last + 1);
        lastSerials.put(province.value(), last + 1);
        changedSerials.put(province.value(), last + 1);
        return Optional.of(number);
    }

    /** A card issued in this batch: later commands about the same holder see it. */
    void add(HealthInsuranceCard card) {
        cardsByHolder.put(card.holder().value(), Optional.of(card));
        issued.add(card);
    }

    List<HealthInsuranceCard> issued() {
        return issued;
    }

    /** The counters that moved, by province code, in the order their rows were locked. */
    Map<String, Long> changedSerials() {
        return changedSerials;
    }
}
