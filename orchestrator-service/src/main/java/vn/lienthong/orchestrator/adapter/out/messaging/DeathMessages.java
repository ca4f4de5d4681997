package vn.lienthong.orchestrator.adapter.out.messaging;

import java.util.UUID;

import vn.lienthong.contracts.civilregistry.commands.RegisterDeath;
import vn.lienthong.contracts.common.DeathData;
import vn.lienthong.contracts.common.DeathDeclarantData;
import vn.lienthong.contracts.common.DeathPlaceData;
import vn.lienthong.contracts.common.DeathProofData;
import vn.lienthong.contracts.common.DeceasedData;
import vn.lienthong.contracts.common.Sex;
import vn.lienthong.contracts.healthinsurance.FuneralBeneficiary;
import vn.lienthong.contracts.healthinsurance.PaymentInstruction;
import vn.lienthong.contracts.healthinsurance.commands.AssessFuneralAllowance;
import vn.lienthong.contracts.residence.commands.RemovePermanentResidence;
import vn.lienthong.orchestrator.domain.death.DeathForm;
import vn.lienthong.orchestrator.domain.death.DeathResults;
import vn.lienthong.orchestrator.domain.dossier.Dossier;
import vn.lienthong.orchestrator.domain.dossier.Step;

/**
 * The death procedure's commands, built from the death form and the earlier steps' results; the
 * replies are read by {@code adapter.in.messaging}.
 */
final class DeathMessages {

    private DeathMessages() {
    }

    static RegisterDeath registerDeath(UUID commandId, Dossier dossier) {
        DeathForm form = dossier.form(DeathForm.class);
        DeathForm.Deceased deceased = form.deceased();
        DeathForm.LastResidence last = deceased.lastResidence();
        DeathForm.Death death = form.death();
        DeathForm.Proof proof = death.proof();
        DeathForm.Declarant declarant = form.declarant();
        return new RegisterDeath(commandId, dossier.id().value(), form.portalDossierCode(),
                form.registrationCommuneCode(),
                new DeceasedData(deceased.personalIdNumber(), deceased.fullName(), Sex.valueOf(deceased.sex().name()),
                        deceased.dateOfBirth(), deceased.ethnicity(), deceased.nationality(),
                        last == null ? null : last.communeCode(), last == null ? null : last.addressLine()),
                new DeathData(death.dateOfDeath(), death.timeOfDeath(),
                        new DeathPlaceData(death.place().facilityName(), death.place().communeCode(),
                                death.place().addressLine()),
                        death.causeCategory(),
                        new DeathProofData(proof.kind(), proof.number(), proof.issuedOn(), proof.issuer(),
                                Boolean.TRUE.equals(proof.electronic()))),
                new DeathDeclarantData(declarant.fullName(), declarant.personalIdNumber(), declarant.relationship(),
                        declarant.phone(), declarant.authorizationDocumentNumber()));
    }

    static RemovePermanentResidence removePermanentResidence(UUID commandId, Dossier dossier) {
        DeathForm form = dossier.form(DeathForm.class);
        DeathForm.LastResidence last = form.deceased().lastResidence();
        return new RemovePermanentResidence(commandId, dossier.id().value(), form.deceased().personalIdNumber(),
                form.death().dateOfDeath(), extract(dossier), last == null ? null : last.communeCode(),
                last == null ? null : last.addressLine());
    }

    static AssessFuneralAllowance assessFuneralAllowance(UUID commandId, Dossier dossier) {
        DeathForm form = dossier.form(DeathForm.class);
        DeathForm.SocialInsurance insurance = form.socialInsurance();
        DeathForm.Beneficiary beneficiary = insurance.funeralAllowance().beneficiary();
        DeathForm.Payment payment = insurance.funeralAllowance().payment();
        return new AssessFuneralAllowance(commandId, dossier.id().value(), form.deceased().personalIdNumber(),
                form.deceased().fullName(), form.deceased().dateOfBirth(), form.death().dateOfDeath(),
                form.death().causeCategory(), "COURT_DECLARATION_OF_DEATH".equals(form.death().proof().kind()),
                extract(dossier),
                new FuneralBeneficiary(beneficiary.fullName(), beneficiary.personalIdNumber(), beneficiary.relationship()),
                new PaymentInstruction(payment.method(), payment.bankCode(), payment.accountNumber(),
                        payment.accountHolder()),
                Boolean.TRUE.equals(insurance.survivorsBenefitsRequested()), insurance.lateClaimExplanation(),
                form.submittedAt().toLocalDate());
    }

    private static String extract(Dossier dossier) {
        return dossier.results().of(Step.DEATH_REGISTRATION, DeathResults.DeathRegistered.class).deathExtractNumber();
    }
}
