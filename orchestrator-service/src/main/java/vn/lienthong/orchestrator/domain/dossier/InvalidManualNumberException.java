package vn.lienthong.orchestrator.domain.dossier;

/** A manually recorded number that cannot be the child's (answered with 422 naming the field). */
public class InvalidManualNumberException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public InvalidManualNumberException() {
        super("The number must have 12 digits whose century, sex and year digits match the child.");
    }

    public String messageVi() {
        return "Số định danh phải có 12 chữ số, có chữ số thế kỷ, giới tính và năm sinh khớp với trẻ.";
    }
}
