package vn.lienthong.contracts.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.ValueInstantiationException;
import tools.jackson.databind.json.JsonMapper;

class CreatorHandlesTest {

    /** How each record below was made: the names of the frames between Jackson and its constructor. */
    private static final ThreadLocal<Set<String>> MADE_THROUGH = new ThreadLocal<>();

    private static Set<String> callers() {
        return StackWalker.getInstance(Set.of(StackWalker.Option.SHOW_REFLECT_FRAMES, StackWalker.Option.SHOW_HIDDEN_FRAMES))
                .walk(frames -> frames.limit(40).map(frame -> frame.getClassName() + "." + frame.getMethodName())
                        .collect(Collectors.toSet()));
    }

    record Child(String fullName, LocalDate dateOfBirth, int order) {
        Child {
            MADE_THROUGH.set(callers());
            if (fullName == null || fullName.isBlank()) {
                throw new IllegalArgumentException("fullName is required");
            }
        }
    }

    record Family(String householdNumber, List<Child> children) {
    }

    static final class Card {
        final String number;

        private Card(String number) {
            this.number = number;
        }

        @JsonCreator
        static Card of(@JsonProperty("number") String number) {
            MADE_THROUGH.set(callers());
            return new Card(number);
        }
    }

    private final JsonMapper withHandles = JsonMapper.builder().addModule(new CreatorHandles())
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES).build();
    private final JsonMapper plain = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES).build();

    private static final String FAMILY = """
            {"householdNumber": "HK-25450-0001", "children": [
              {"fullName": "Nguyễn Văn An", "dateOfBirth": "2026-11-02", "order": 1},
              {"fullName": "Nguyễn Thị Bình", "dateOfBirth": "2026-11-02", "order": 2}]}""";

    @Test
    void recordsAreReadAsWithoutTheModule() {
        Family read = withHandles.readValue(FAMILY, Family.class);

        assertThat(read).isEqualTo(plain.readValue(FAMILY, Family.class));
        assertThat(read.children()).extracting(Child::fullName).containsExactly("Nguyễn Văn An", "Nguyễn Thị Bình");
        assertThat(read.children().get(1).dateOfBirth()).isEqualTo(LocalDate.of(2026, 11, 2));
    }

    @Test
    void theConstructorIsCalledThroughThePreparedHandleNotInvokeWithArguments() {
        withHandles.readValue(FAMILY, Family.class);
        assertThat(MADE_THROUGH.get())
                .contains(CreatorHandles.HandleInstantiator.class.getName() + ".createFromObjectWith")
                .doesNotContain("java.lang.invoke.MethodHandle.invokeWithArguments");

        plain.readValue(FAMILY, Family.class);
        assertThat(MADE_THROUGH.get()).contains("java.lang.invoke.MethodHandle.invokeWithArguments");
    }

    @Test
    void aStaticFactoryCreatorIsCalledThroughItsHandleToo() {
        Card card = withHandles.readValue("{\"number\": \"GD4797920000123\"}", Card.class);

        assertThat(card.number).isEqualTo("GD4797920000123");
        assertThat(MADE_THROUGH.get())
                .contains(CreatorHandles.HandleInstantiator.class.getName() + ".createFromObjectWith");
    }

    @Test
    void whatTheConstructorRefusesFailsAsItDidWithoutTheModule() {
        String nameless = "{\"fullName\": \" \", \"dateOfBirth\": \"2026-11-02\", \"order\": 1}";

        assertThatThrownBy(() -> withHandles.readValue(nameless, Child.class))
                .isInstanceOf(ValueInstantiationException.class)
                .hasRootCauseInstanceOf(IllegalArgumentException.class)
                .hasRootCauseMessage("fullName is required")
                .hasMessage(catchMessage(() -> plain.readValue(nameless, Child.class)));
    }

    @Test
    void aMissingPrimitiveIsStillRefusedBeforeTheConstructor() {
        String orderless = "{\"fullName\": \"Nguyễn Văn An\", \"dateOfBirth\": \"2026-11-02\", \"order\": null}";

        assertThatThrownBy(() -> withHandles.readValue(orderless, Child.class))
                .isInstanceOf(MismatchedInputException.class)
                .hasMessageContaining("order");
    }

    private static String catchMessage(Runnable read) {
        try {
            read.run();
        } catch (RuntimeException e) {
            return e.getMessage();
        }
        throw new AssertionError("expected the read to fail");
    }
}
