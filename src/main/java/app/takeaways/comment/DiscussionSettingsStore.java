package app.takeaways.comment;

import java.time.Clock;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Reads and changes the discussion rules. Pages read them on every request, so the
 * current rules are kept in memory and replaced when an admin saves new ones.
 */
@Service
public class DiscussionSettingsStore implements Supplier<DiscussionRules> {

	private final DiscussionSettingsRepository settings;

	private final Clock clock;

	private final AtomicReference<@Nullable DiscussionRules> current = new AtomicReference<>();

	private final ApplicationEventPublisher events;

	DiscussionSettingsStore(DiscussionSettingsRepository settings, Clock clock, ApplicationEventPublisher events) {
		this.settings = settings;
		this.clock = clock;
		this.events = events;
	}

	@Override
	public DiscussionRules get() {
		DiscussionRules rules = this.current.get();
		if (rules == null) {
			rules = this.settings.findById(DiscussionSettings.ID)
				.map(DiscussionSettings::toRules)
				.orElseGet(DiscussionRules::defaults);
			this.current.set(rules);
		}
		return rules;
	}

	@Transactional(readOnly = true)
	public DiscussionSettingsForm form() {
		return this.settings.findById(DiscussionSettings.ID)
			.map(DiscussionSettings::toForm)
			.orElseThrow(() -> new IllegalStateException("discussion_settings row 1 is missing"));
	}

	@Transactional
	public void change(DiscussionSettingsForm form) {
		DiscussionSettings row = this.settings.findById(DiscussionSettings.ID)
			.orElseThrow(() -> new IllegalStateException("discussion_settings row 1 is missing"));
		row.change(form, this.clock.instant());
		this.current.set(row.toRules());
		this.events.publishEvent(new DiscussionRulesChanged());
	}

	/**
	 * Rules saved here or on another instance are read again from the database; before
	 * the page cache is emptied, so no page rendered after that uses the old rules.
	 */
	@Order(Ordered.HIGHEST_PRECEDENCE)
	@TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
	void on(DiscussionRulesChanged changed) {
		this.current.set(null);
	}

}
