package vn.lienthong.orchestrator.adapter.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

import org.junit.jupiter.api.Test;

import vn.lienthong.orchestrator.domain.form.DossierForm;

class ParsedFormsTest {

    private final List<String> parsed = new ArrayList<>();
    private final Function<String, DossierForm> parser = json -> {
        parsed.add(json);
        return new DossierForm(json, null, null, null, null, null, null, null, null, null, null);
    };

    @Test
    void theSameStoredFormIsParsedOnceAndAChangedOneAgain() {
        var forms = new ParsedForms(10);
        UUID dossier = UUID.randomUUID();

        var first = forms.parse(dossier, "{\"v\":1}", parser);
        var again = forms.parse(dossier, "{\"v\":1}", parser);
        var supplemented = forms.parse(dossier, "{\"v\":2}", parser);

        assertThat(again).isSameAs(first);
        assertThat(supplemented.portalDossierCode()).isEqualTo("{\"v\":2}");
        assertThat(parsed).containsExactly("{\"v\":1}", "{\"v\":2}");
    }

    @Test
    void theLeastRecentlyLoadedDossierIsForgottenBeyondTheCapacity() {
        var forms = new ParsedForms(2);
        UUID a = UUID.randomUUID();
        UUID b = UUID.randomUUID();
        UUID c = UUID.randomUUID();
        forms.parse(a, "a", parser);
        forms.parse(b, "b", parser);
        forms.parse(a, "a", parser);
        forms.parse(c, "c", parser);

        forms.parse(a, "a", parser);
        forms.parse(b, "b", parser);

        assertThat(parsed).containsExactly("a", "b", "c", "b");
    }
}
