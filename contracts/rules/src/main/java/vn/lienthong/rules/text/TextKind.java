package vn.lienthong.rules.text;

/**
 * The kinds of text a dossier and its actions carry, each with the most characters (Unicode code
 * points, after NFC) that the agencies' registers keep. The table is in docs/messages.md.
 */
public enum TextKind {

    /** A person's full name (họ tên): letters, marks, spaces, apostrophes, hyphens, dots. */
    PERSON_NAME(100, false),
    /** A short label such as an ethnicity (dân tộc) or a nationality (quốc tịch). */
    LABEL(50, false),
    /** The name of a place or an institution, e.g. a health facility. */
    PLACE_NAME(200, false),
    /** An address line below the commune (thôn, số nhà, đường). */
    ADDRESS_LINE(200, false),
    /** A document's number, e.g. the medical birth certificate (giấy chứng sinh). */
    DOCUMENT_NUMBER(50, false),
    /** A code assigned by another system, e.g. the portal's dossier code. */
    CODE(64, false),
    /** Who did something, e.g. an officer's or an operator's id. */
    IDENTIFIER(100, false),
    /** Free text written by a person: a note, a reason. May span lines. */
    NOTE(1000, true);

    private final int maxLength;
    private final boolean multiLine;

    TextKind(int maxLength, boolean multiLine) {
        this.maxLength = maxLength;
        this.multiLine = multiLine;
    }

    /** The most code points a value of this kind may have. */
    public int maxLength() {
        return maxLength;
    }

    /** Whether line breaks and tabs are allowed. */
    public boolean multiLine() {
        return multiLine;
    }
}
