package vn.lienthong.contracts;

import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import vn.lienthong.contracts.civilregistry.commands.RegisterBirth;
import vn.lienthong.contracts.civilregistry.commands.RegisterDeath;
import vn.lienthong.contracts.civilregistry.replies.BirthRegistered;
import vn.lienthong.contracts.civilregistry.replies.BirthRegistrationRejected;
import vn.lienthong.contracts.civilregistry.replies.DeathRegistered;
import vn.lienthong.contracts.civilregistry.replies.DeathRegistrationRejected;
import vn.lienthong.contracts.dossier.events.DossierStatusChanged;
import vn.lienthong.contracts.healthinsurance.commands.AssessFuneralAllowance;
import vn.lienthong.contracts.healthinsurance.commands.IssueChildHealthInsuranceCard;
import vn.lienthong.contracts.healthinsurance.replies.FuneralAllowanceGranted;
import vn.lienthong.contracts.healthinsurance.replies.FuneralAllowanceRefused;
import vn.lienthong.contracts.healthinsurance.replies.FuneralAllowanceRejected;
import vn.lienthong.contracts.healthinsurance.replies.HealthInsuranceCardIssued;
import vn.lienthong.contracts.healthinsurance.replies.HealthInsuranceCardRejected;
import vn.lienthong.contracts.residence.commands.RegisterPermanentResidence;
import vn.lienthong.contracts.residence.commands.RemovePermanentResidence;
import vn.lienthong.contracts.residence.replies.NoPermanentResidenceRegistered;
import vn.lienthong.contracts.residence.replies.PermanentResidenceRegistered;
import vn.lienthong.contracts.residence.replies.PermanentResidenceRejected;
import vn.lienthong.contracts.residence.replies.PermanentResidenceRemovalRejected;
import vn.lienthong.contracts.residence.replies.PermanentResidenceRemoved;

/**
 * The registry of message types that travel over Kafka. The type name in the
 * {@link MessageHeaders#MESSAGE_TYPE} header is the record's simple name; it is part of the wire
 * format, so a record is never renamed.
 */
public final class MessageTypes {

    private static final Map<String, Class<?>> BY_NAME = Stream.of(
                    RegisterBirth.class, BirthRegistered.class, BirthRegistrationRejected.class,
                    RegisterDeath.class, DeathRegistered.class, DeathRegistrationRejected.class,
                    RegisterPermanentResidence.class, PermanentResidenceRegistered.class,
                    PermanentResidenceRejected.class,
                    RemovePermanentResidence.class, PermanentResidenceRemoved.class,
                    NoPermanentResidenceRegistered.class, PermanentResidenceRemovalRejected.class,
                    IssueChildHealthInsuranceCard.class, HealthInsuranceCardIssued.class,
                    HealthInsuranceCardRejected.class,
                    AssessFuneralAllowance.class, FuneralAllowanceGranted.class, FuneralAllowanceRefused.class,
                    FuneralAllowanceRejected.class,
                    DossierStatusChanged.class)
            .collect(Collectors.toUnmodifiableMap(Class::getSimpleName, Function.identity()));

    private MessageTypes() {
    }

    public static Optional<Class<?>> forName(String typeName) {
        return Optional.ofNullable(typeName).map(BY_NAME::get);
    }

    public static String nameOf(Class<?> messageType) {
        String name = messageType.getSimpleName();
        if (BY_NAME.get(name) != messageType) {
            throw new IllegalArgumentException(messageType.getName() + " is not a registered message type");
        }
        return name;
    }

    public static Map<String, Class<?>> all() {
        return BY_NAME;
    }
}
