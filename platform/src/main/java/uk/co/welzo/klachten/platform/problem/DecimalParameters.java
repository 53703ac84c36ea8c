package uk.co.welzo.klachten.platform.problem;

import java.beans.PropertyEditorSupport;
import java.util.function.Function;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * Whole-number request parameters and path variables are decimal digits and nothing else. Spring reads {@code 0x10}
 * and {@code #10} as sixteen and trims spaces, and a converter alone cannot stop it: when a converter refuses a value,
 * Spring falls back to its default number editor, which accepts them. An editor registered on every binder is asked
 * first, and its refusal is a 400 naming the parameter.
 */
@ControllerAdvice
class DecimalParameters {

    @InitBinder
    void decimalOnly(WebDataBinder binder) {
        binder.registerCustomEditor(int.class, new Decimal(Integer::valueOf));
        binder.registerCustomEditor(Integer.class, new Decimal(Integer::valueOf));
        binder.registerCustomEditor(long.class, new Decimal(Long::valueOf));
        binder.registerCustomEditor(Long.class, new Decimal(Long::valueOf));
    }

    private static final class Decimal extends PropertyEditorSupport {

        private final Function<String, Number> parse;

        Decimal(Function<String, Number> parse) {
            this.parse = parse;
        }

        @Override
        public void setAsText(String text) {
            if (text == null || text.isEmpty()) {
                setValue(null);
                return;
            }
            if (!text.matches("[+-]?[0-9]{1,19}")) {
                throw new IllegalArgumentException("must be a whole number in decimal digits");
            }
            setValue(parse.apply(text));
        }
    }
}
