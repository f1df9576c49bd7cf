package app.takeaways.common;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import org.jspecify.annotations.Nullable;

/**
 * Text a person could have typed: no control characters other than tab and line breaks,
 * no noncharacters and no broken surrogate pairs. PostgreSQL cannot store NUL, and XML
 * (the feeds, the sitemap) cannot carry the other controls, so they are refused at the
 * form rather than failing later. Everything else, including right-to-left marks and
 * emoji, is kept exactly as typed.
 */
@Documented
@Constraint(validatedBy = PlainText.Validator.class)
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE })
@Retention(RetentionPolicy.RUNTIME)
public @interface PlainText {

	String message() default "{validation.plain-text}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	/**
	 * Checks {@link PlainText}; {@code null} is valid (other constraints decide that).
	 */
	class Validator implements ConstraintValidator<PlainText, CharSequence> {

		@Override
		public boolean isValid(@Nullable CharSequence value, ConstraintValidatorContext context) {
			return value == null || isPlain(value);
		}

		/**
		 * Whether {@code text} holds only characters that {@link PlainText} accepts.
		 * @param text the text to check
		 * @return {@code true} when every character may be stored and shown
		 */
		public static boolean isPlain(CharSequence text) {
			for (int i = 0; i < text.length(); i++) {
				char c = text.charAt(i);
				if (Character.isHighSurrogate(c)) {
					if (i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
						return false;
					}
					i++;
				}
				else if (Character.isLowSurrogate(c) || isControl(c) || c == '\uFFFE' || c == '\uFFFF') {
					return false;
				}
			}
			return true;
		}

		private static boolean isControl(char c) {
			return c < 0x20 && c != '\t' && c != '\n' && c != '\r';
		}

	}

}
