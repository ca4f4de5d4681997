package vn.lienthong.web;

import tools.jackson.core.JsonParser;
import tools.jackson.databind.exc.MismatchedInputException;

/** A JSON string holding a character no text may hold; its path names the field. */
public class ForbiddenCharacterException extends MismatchedInputException {

    private static final long serialVersionUID = 1L;

    ForbiddenCharacterException(JsonParser parser) {
        super(parser, "text contains a forbidden character", String.class);
    }
}
