package vn.lienthong.web;

import java.util.Arrays;

import org.springframework.beans.PropertyEditorRegistrar;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.web.bind.support.ConfigurableWebBindingInitializer;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerAdapter;

/**
 * Applies {@link TextParameterEditor} to every controller: to the request parameters, path variables
 * and headers bound to a String by every data binder that Spring MVC makes.
 *
 * <p>The editor is given to the binders' initializer once, at start. A global {@code @InitBinder}
 * method would do the same, but Spring MVC then makes a handler method for it at every request,
 * reading its annotations again, a few percent of a request's CPU on every endpoint.
 */
final class TextParameterBinding implements BeanPostProcessor {

    private static final PropertyEditorRegistrar TEXT_RULES =
            registry -> registry.registerCustomEditor(String.class, new TextParameterEditor());

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof RequestMappingHandlerAdapter adapter) {
            if (!(adapter.getWebBindingInitializer() instanceof ConfigurableWebBindingInitializer initializer)) {
                throw new IllegalStateException("the text rules for request parameters need Spring MVC's "
                        + "ConfigurableWebBindingInitializer, not " + adapter.getWebBindingInitializer());
            }
            PropertyEditorRegistrar[] registrars = initializer.getPropertyEditorRegistrars();
            PropertyEditorRegistrar[] withTextRules = registrars == null ? new PropertyEditorRegistrar[1]
                    : Arrays.copyOf(registrars, registrars.length + 1);
            withTextRules[withTextRules.length - 1] = TEXT_RULES;
            initializer.setPropertyEditorRegistrars(withTextRules);
        }
        return bean;
    }
}
