package vn.lienthong.orchestrator.domain.dossier;

/** An action that the dossier's current state does not allow (answered with 409). */
public class DossierStateException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String code;
    private final String messageVi;

    public DossierStateException(String code, String messageVi, String messageEn) {
        super(messageEn);
        this.code = code;
        this.messageVi = messageVi;
    }

    public String code() {
        return code;
    }

    public String messageVi() {
        return messageVi;
    }
}
