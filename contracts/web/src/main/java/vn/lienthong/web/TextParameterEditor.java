package vn.lienthong.web;

import java.beans.PropertyEditorSupport;

import vn.lienthong.rules.text.TextRules;

/** The text rules for request parameters, path variables and headers bound to a String. */
final class TextParameterEditor extends PropertyEditorSupport {

    @Override
    public void setAsText(String text) {
        if (text != null && TextRules.hasForbiddenCharacter(text)) {
            throw new ForbiddenParameterException();
        }
        setValue(TextRules.normalize(text));
    }

    /** Carried as the cause of Spring's type mismatch, so the answer can say which rule was broken. */
    static final class ForbiddenParameterException extends IllegalArgumentException {

        private static final long serialVersionUID = 1L;

        ForbiddenParameterException() {
            super("parameter contains a forbidden character");
        }
    }
}
