package vn.lienthong.orchestrator.adapter.in.web;

import java.util.List;

import org.springframework.http.HttpStatus;

import vn.lienthong.rules.text.TextKind;
import vn.lienthong.rules.text.TextRules;
import vn.lienthong.web.FieldError;
import vn.lienthong.web.InvalidFieldException;

/** The contracts' text rules for the free texts of a request that is not a dossier: notes, ids, reasons. */
public final class RequestTexts {

    private RequestTexts() {
    }

    /** Refuses with {@code 422} naming {@code field} when a given {@code value} breaks the rules of {@code kind}. */
    public static void check(String field, String value, TextKind kind) {
        if (value == null || value.isBlank()) {
            return;
        }
        TextRules.fault(value, kind).ifPresent(fault -> {
            throw new InvalidFieldException(HttpStatus.UNPROCESSABLE_CONTENT,
                    List.of(new FieldError(field, fault.code(), fault.messageVi(kind), fault.messageEn(kind))));
        });
    }
}
