package app.takeaways.editor;

import java.util.List;
import java.util.Set;

import app.takeaways.post.PostContent;
import app.takeaways.takeaway.TakeawayView;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The editor form on its own: row actions, slug rules, tags and takeaway anchors.
 */
class PostFormTests {

	static final ValidatorFactory factory = Validation.buildDefaultValidatorFactory();

	static final Validator validator = factory.getValidator();

	@AfterAll
	static void close() {
		factory.close();
	}

	static PostForm withRows(String... headings) {
		PostForm form = new PostForm();
		form.setTitle("A title");
		form.setTakeaways(java.util.Arrays.stream(headings)
			.map((h) -> new TakeawayForm(h.toLowerCase(), h, "About " + h))
			.toList());
		return form;
	}

	static List<String> headings(PostForm form) {
		return form.getTakeaways().stream().map(TakeawayForm::getHeading).toList();
	}

	@Test
	void addAppendsAnEmptyRowAndKeepsTheOthers() {
		PostForm form = withRows("A", "B");

		assertThat(form.apply("add")).isTrue();

		assertThat(headings(form)).containsExactly("A", "B", "");
		assertThat(form.getTakeaways().get(2).getAnchor()).isEmpty();
	}

	@Test
	void upAndDownSwapNeighboursWithTheirAnchorsAndTexts() {
		PostForm form = withRows("A", "B", "C");

		form.apply("up:2");
		assertThat(headings(form)).containsExactly("A", "C", "B");
		form.apply("down:0");
		assertThat(headings(form)).containsExactly("C", "A", "B");
		assertThat(form.getTakeaways()).extracting(TakeawayForm::getAnchor).containsExactly("c", "a", "b");
		assertThat(form.getTakeaways()).extracting(TakeawayForm::getBody)
			.containsExactly("About C", "About A", "About B");
	}

	@Test
	void movesPastEitherEndAndUnknownRowsChangeNothing() {
		PostForm form = withRows("A", "B");

		assertThat(form.apply("up:0")).isTrue();
		assertThat(form.apply("down:1")).isTrue();
		assertThat(form.apply("remove:7")).isTrue();
		assertThat(form.apply("up:-1")).isTrue();

		assertThat(headings(form)).containsExactly("A", "B");
	}

	@Test
	void removeDropsExactlyThatRow() {
		PostForm form = withRows("A", "B", "C");

		form.apply("remove:1");

		assertThat(headings(form)).containsExactly("A", "C");
	}

	@ParameterizedTest
	@ValueSource(strings = { "save", "preview", "up:x", "jump:1", "" })
	void otherActionsAreNotRowActions(String action) {
		PostForm form = withRows("A", "B");

		assertThat(form.apply(action)).isFalse();
		assertThat(headings(form)).containsExactly("A", "B");
	}

	@Test
	void emptyRowsAreDroppedBeforeSavingButHalfFilledOnesStay() {
		PostForm form = withRows("A");
		form.apply("add");
		form.getTakeaways().add(new TakeawayForm("", "", "only a body"));

		form.dropEmptyRows();

		assertThat(form.getTakeaways()).extracting(TakeawayForm::getBody).containsExactly("About A", "only a body");
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "energy", "energy-deals", "2026-summit", "a1-b2-c3" })
	void slugsOfLowercaseWordsAndSingleDashesAreValid(String slug) {
		PostForm form = withRows();
		form.setSlug(slug);

		assertThat(violationsOf(form, "slug")).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "Energy", "energy deals", "energy--deals", "-energy", "energy-", "énergie", "a/b",
			"energy_deals" })
	void slugsWithCapitalsSpacesDoubleOrOuterDashesOrOtherSignsAreInvalid(String slug) {
		PostForm form = withRows();
		form.setSlug(slug);

		assertThat(violationsOf(form, "slug")).isNotEmpty();
	}

	@Test
	void emptySlugIsMadeFromTheTitle() {
		PostForm form = withRows();
		form.setTitle("Kim & Putin’s Meeting: Key Points");
		form.setSlug("  ");

		assertThat(form.effectiveSlug()).isEqualTo("kim-putins-meeting-key-points");
	}

	@Test
	void takeawayHeadingsAndBodiesHaveTheirLimits() {
		PostForm form = withRows("ok");
		form.getTakeaways()
			.add(new TakeawayForm("", "x".repeat(TakeawayView.HEADING_MAX + 1), "y".repeat(TakeawayView.BODY_MAX + 1)));
		form.getTakeaways().add(new TakeawayForm("", " ", "body"));

		assertThat(validator.validate(form)).extracting((v) -> v.getPropertyPath().toString())
			.containsExactlyInAnyOrder("takeaways[1].heading", "takeaways[1].body", "takeaways[2].heading");
	}

	@Test
	void tagsAreTrimmedWithoutEmptiesOrRepeats() {
		PostForm form = withRows();
		form.setTags(" Energy, asia ,, energy ,!!, Asia-Pacific");

		assertThat(form.tagNames()).containsExactly("Energy", "asia", "Asia-Pacific");
	}

	@Test
	void existingRowsKeepTheirAnchorsAndNewRowsGetUnusedOnes() {
		List<TakeawayForm> rows = List.of(new TakeawayForm("", "Energy", "new"),
				new TakeawayForm("energy", "Energy, renamed", "old"), new TakeawayForm("", "Energy", "another"),
				new TakeawayForm("energy", "Copy", "repeated anchor"), new TakeawayForm("<bad>", "!!!", "odd"));

		List<PostContent.Item> takeaways = PostFormMapper.takeaways(rows);

		assertThat(takeaways).extracting(PostContent.Item::anchor)
			.containsExactly("energy-2", "energy", "energy-3", "copy", "takeaway");
		assertThat(takeaways).extracting(PostContent.Item::heading)
			.containsExactly("Energy", "Energy, renamed", "Energy", "Copy", "!!!");
	}

	private static Set<ConstraintViolation<PostForm>> violationsOf(PostForm form, String property) {
		return validator.validateProperty(form, property);
	}

}
