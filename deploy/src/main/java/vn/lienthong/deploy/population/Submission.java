package vn.lienthong.deploy.population;

import java.time.OffsetDateTime;

/** How and when the family's dossier reaches the portal, and how the results go back. */
public record Submission(
        String portalDossierCode,
        OffsetDateTime submittedAt,
        Channel channel,
        Declarant declarant,
        ResultDelivery resultDelivery) {

    /** ONLINE_ASSISTED: an officer or helper keyed it online for the citizen. */
    public enum Channel {
        ONLINE_SELF,
        ONLINE_ASSISTED,
        COUNTER
    }

    public enum ResultDelivery {
        ELECTRONIC,
        POSTAL,
        AT_COUNTER
    }
}
