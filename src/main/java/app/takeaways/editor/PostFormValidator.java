package app.takeaways.editor;

import java.time.Clock;
import java.time.ZoneId;

import app.takeaways.common.TakeawaysProperties;

import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;
import org.springframework.validation.Validator;
import org.springframework.validation.beanvalidation.SpringValidatorAdapter;

/**
 * Every rule a post form must meet before it is saved: the bean constraints on its fields
 * plus the rules that need more than one field or the clock (an address to publish at,
 * tag lengths, a schedule in the future, read in the blog's time zone).
 */
@Component
class PostFormValidator implements Validator {

	private final SpringValidatorAdapter constraints;

	private final Clock clock;

	private final ZoneId timeZone;

	PostFormValidator(jakarta.validation.Validator constraints, Clock clock, TakeawaysProperties properties) {
		this.constraints = new SpringValidatorAdapter(constraints);
		this.clock = clock;
		this.timeZone = properties.timeZone();
	}

	@Override
	public boolean supports(Class<?> type) {
		return PostForm.class.isAssignableFrom(type);
	}

	@Override
	public void validate(Object target, Errors errors) {
		PostForm form = (PostForm) target;
		this.constraints.validate(form, errors);
		if (!errors.hasFieldErrors("title") && !errors.hasFieldErrors("slug") && form.effectiveSlug().isEmpty()) {
			errors.rejectValue("slug", "editor.slug.missing");
		}
		if (form.tagNames().stream().anyMatch((name) -> name.length() > PostForm.TAG_MAX)) {
			errors.rejectValue("tags", "editor.tags.too-long");
		}
		if (form.getPublication() == Publication.SCHEDULE && !errors.hasFieldErrors("scheduledAt")) {
			validateSchedule(form, errors);
		}
	}

	private void validateSchedule(PostForm form, Errors errors) {
		if (form.getScheduledAt() == null) {
			errors.rejectValue("scheduledAt", "editor.schedule.missing");
		}
		else if (!form.getScheduledAt().atZone(this.timeZone).toInstant().isAfter(this.clock.instant())) {
			errors.rejectValue("scheduledAt", "editor.schedule.past");
		}
	}

}
