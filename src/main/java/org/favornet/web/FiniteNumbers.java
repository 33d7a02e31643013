package org.favornet.web;

import java.beans.PropertyEditorSupport;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * Request parameters of type {@code double} or {@code float} accept only finite numbers: Java's own
 * parsing takes {@code NaN} and {@code Infinity}, which compare false with everything and so turn a
 * filter such as {@code minScore} into "no filter" instead of an error. Refused values become a 400
 * problem naming the parameter ({@code ProblemHandler}). An editor rather than a converter, because
 * the binder falls back to its default editors when a converter fails.
 */
@ControllerAdvice
class FiniteNumbers {

    /** Thrown for a parameter that is not a finite number. */
    static final class NotFinite extends IllegalArgumentException {
        NotFinite(String text) {
            super("not a finite number: " + text);
        }
    }

    @InitBinder
    void finiteOnly(WebDataBinder binder) {
        binder.registerCustomEditor(Double.class, new Finite(false, true));
        binder.registerCustomEditor(double.class, new Finite(false, false));
        binder.registerCustomEditor(Float.class, new Finite(true, true));
        binder.registerCustomEditor(float.class, new Finite(true, false));
    }

    private static final class Finite extends PropertyEditorSupport {

        private final boolean single;
        private final boolean allowEmpty;

        Finite(boolean single, boolean allowEmpty) {
            this.single = single;
            this.allowEmpty = allowEmpty;
        }

        @Override
        public void setAsText(String text) {
            String t = text == null ? "" : text.strip();
            if (t.isEmpty() && allowEmpty) {
                setValue(null);
                return;
            }
            double d = Double.parseDouble(t);
            if (!Double.isFinite(d) || (single && !Float.isFinite((float) d))) {
                throw new NotFinite(text);
            }
            setValue(single ? (Object) (float) d : (Object) d);
        }
    }
}
