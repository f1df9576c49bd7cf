package app.takeaways.editor;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import app.takeaways.account.Account;
import app.takeaways.account.AccountRepository;
import app.takeaways.account.Role;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The editor's saves run a fixed, small number of SQL statements: opening, creating,
 * saving (with and without a new address; a save that changes only the lead rewrites no
 * takeaway or tag row), restoring a revision and deleting a post (a post with three or
 * four takeaways and two tags; before the write path went through {@code PostCommands}
 * they were 13, 3, 14, 14, 12 and 6).
 */
@SpringBootTest(properties = "takeaways.demo.enabled=false")
class EditorStatementCountTests {

	@Autowired
	EditorService editor;

	@Autowired
	AccountRepository accounts;

	@Autowired
	EntityManagerFactory entityManagerFactory;

	String ann;

	@BeforeEach
	void editor() {
		this.ann = "ann-" + UUID.randomUUID().toString().substring(0, 8);
		this.accounts.save(new Account(this.ann, "Ann", "{noop}unused", Role.EDITOR, Clock.systemUTC().instant()));
	}

	@Test
	void openingAndEachSaveRunAFixedFewStatements() {
		String slug = "counted-" + UUID.randomUUID().toString().substring(0, 8);
		long[] id = new long[1];
		long create = statements(() -> id[0] = this.editor.create(form(slug, "First", "Second", "Third"), this.ann));
		long open = statements(() -> this.editor.load(id[0]));
		PostForm saved = opened(id[0], form(slug, "First", "Second, renamed", "Third", "Fourth"));
		long save = statements(() -> this.editor.update(id[0], saved, this.ann));
		PostForm leadOnly = opened(id[0], form(slug, "First", "Second, renamed", "Third", "Fourth"));
		leadOnly.setLead("A lead rewritten");
		long lead = statements(() -> this.editor.update(id[0], leadOnly, this.ann));
		assertThat(this.editor.load(id[0]).form().getLead()).isEqualTo("A lead rewritten");
		assertThat(this.editor.load(id[0]).form().getTakeaways()).extracting(TakeawayForm::getHeading)
			.containsExactly("First", "Second, renamed", "Third", "Fourth");
		PostForm moved = opened(id[0], form(slug + "-moved", "First"));
		long move = statements(() -> this.editor.update(id[0], moved, this.ann));
		long version = this.editor.load(id[0]).version();
		long restore = statements(() -> this.editor.restore(id[0], 1, version, this.ann));
		long delete = statements(() -> this.editor.delete(id[0]));
		assertThat(create).isLessThanOrEqualTo(12);
		assertThat(open).isLessThanOrEqualTo(3);
		assertThat(save).isLessThanOrEqualTo(12);
		assertThat(lead).as("takeaways and tags as they were are not rewritten").isLessThan(save);
		assertThat(move).isLessThanOrEqualTo(13);
		assertThat(restore).isLessThanOrEqualTo(12);
		assertThat(delete).isLessThanOrEqualTo(6);
	}

	private PostForm opened(long id, PostForm form) {
		form.setVersion(this.editor.load(id).version());
		return form;
	}

	private static PostForm form(String slug, String... headings) {
		PostForm form = new PostForm();
		form.setTitle("Title of " + slug);
		form.setSlug(slug);
		form.setLead("Lead");
		form.setBody("Body");
		form.setTags("Energy, Asia");
		form.setPublication(Publication.NOW);
		form.setTakeaways(List.of(headings).stream().map((h) -> new TakeawayForm("", h, "About " + h)).toList());
		return form;
	}

	private long statements(Runnable action) {
		Statistics statistics = this.entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
		statistics.clear();
		action.run();
		return statistics.getPrepareStatementCount();
	}

}
