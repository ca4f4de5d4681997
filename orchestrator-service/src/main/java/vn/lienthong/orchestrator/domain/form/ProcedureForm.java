package vn.lienthong.orchestrator.domain.form;

import java.time.OffsetDateTime;

/**
 * What every procedure's form has, whatever else it asks: the portal's code, when and how it was
 * submitted, the commune that handles it, how results go back, and the person it is about (the
 * child, the deceased), by whose name officers find it. Each procedure declares its own form type.
 */
public interface ProcedureForm {

    String portalDossierCode();

    OffsetDateTime submittedAt();

    Channel channel();

    String registrationCommuneCode();

    ResultDelivery resultDelivery();

    /** The full name of the person the dossier is about, or null when the form lacks it. */
    String subjectFullName();

    /**
     * The people the population database is asked about before the first step (the parents, the
     * deceased): when a supplement changes them, they are checked again.
     */
    Object checkedPeople();
}
