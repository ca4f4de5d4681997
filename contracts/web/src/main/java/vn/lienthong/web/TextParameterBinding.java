package vn.lienthong.web;

import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/** Applies {@link TextParameterEditor} to every controller. */
@ControllerAdvice
class TextParameterBinding {

    @InitBinder
    void textRules(WebDataBinder binder) {
        binder.registerCustomEditor(String.class, new TextParameterEditor());
    }
}
