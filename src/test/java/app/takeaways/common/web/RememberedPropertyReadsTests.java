package app.takeaways.common.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.thymeleaf.context.Context;
import org.thymeleaf.exceptions.TemplateProcessingException;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;
import org.thymeleaf.templateresolver.StringTemplateResolver;

import org.springframework.context.support.StaticApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Templates read properties as Thymeleaf reads them, with what was learnt about each
 * class and property kept from page to page: every kind of object an expression meets is
 * still read its own way, and what Thymeleaf forbids stays forbidden.
 */
class RememberedPropertyReadsTests {

	private final SpringTemplateEngine engine = new SpringTemplateEngine();

	private final StaticApplicationContext application = new StaticApplicationContext();

	RememberedPropertyReadsTests() {
		this.engine.setTemplateResolver(new StringTemplateResolver());
		this.engine.setEnableSpringELCompiler(true);
		this.engine.addDialect(new RememberedPropertyReadsDialect());
	}

	@Test
	void oneExpressionReadsEachKindOfObjectItsOwnWay() {
		String template = "<p th:text=\"${item.name}\">name</p>";
		assertThat(render(template, new Named("a record"))).isEqualTo("<p>a record</p>");
		assertThat(render(template, new Bean("a bean"))).isEqualTo("<p>a bean</p>");
		assertThat(render(template, Map.of("name", "a map"))).isEqualTo("<p>a map</p>");
		assertThat(render(template, new Flagged(true))).isEqualTo("<p>flagged</p>");
		assertThat(render(template, new Named("a record again"))).isEqualTo("<p>a record again</p>");
	}

	@Test
	void aMapIsStillReadByItsKeysAfterTheSameExpressionReadAnotherObject() {
		String template = "<p th:text=\"${item.empty}\">x</p>";
		assertThat(render(template, List.of())).isEqualTo("<p>true</p>");
		assertThat(render(template, Map.of("empty", "a key"))).isEqualTo("<p>a key</p>");
		assertThat(render(template, new Box(new Named("x"), false))).isEqualTo("<p>false</p>");
		assertThat(render(template, Map.of("empty", "a key again"))).isEqualTo("<p>a key again</p>");
	}

	@Test
	void anArrayHasALength() {
		String template = "<p th:text=\"${item.length}\">x</p>";
		assertThat(render(template, new String[] { "a", "b" })).isEqualTo("<p>2</p>");
		assertThat(render(template, new int[3])).isEqualTo("<p>3</p>");
	}

	@Test
	void booleanAndNestedPropertiesAreReadAsBefore() {
		String template = "<p th:if=\"${item.empty}\">empty</p><p th:text=\"${item.named.name}\">name</p>";
		assertThat(render(template, new Box(new Named("inside"), true))).isEqualTo("<p>empty</p><p>inside</p>");
		assertThat(render(template, new Box(new Named("still inside"), false))).isEqualTo("<p>still inside</p>");
	}

	@Test
	void whatThymeleafForbidsStaysForbiddenAfterTheSameExpressionReadAnAllowedObject() {
		String template = "<p th:text=\"${item.name}\">name</p>";
		assertThat(render(template, new Named("allowed"))).isEqualTo("<p>allowed</p>");
		for (int i = 0; i < 2; i++) {
			assertThatExceptionOfType(TemplateProcessingException.class)
				.isThrownBy(() -> render(template, Thread.currentThread()))
				.withStackTraceContaining("forbidden");
		}
	}

	@Test
	void whatThymeleafForbidsIsForbiddenTheFirstTimeToo() {
		assertThatExceptionOfType(TemplateProcessingException.class)
			.isThrownBy(() -> render("<p th:text=\"${item.contextClassLoader}\">x</p>", Thread.currentThread()))
			.withStackTraceContaining("forbidden");
	}

	@Test
	void aPropertyNoObjectHasIsStillAnError() {
		String template = "<p th:text=\"${item.missing}\">x</p>";
		for (int i = 0; i < 2; i++) {
			assertThatExceptionOfType(TemplateProcessingException.class)
				.isThrownBy(() -> render(template, new Named("no such property")))
				.withStackTraceContaining("missing");
		}
	}

	@Test
	void everyPageGetsTheAccessorOnce() {
		ThymeleafEvaluationContext spel = new ThymeleafEvaluationContext(this.application, null);
		render("<p th:text=\"${item.name}\">x</p><div th:replace=\"~{::p}\"></div>", new Named("page"), spel);
		assertThat(spel.getPropertyAccessors()).filteredOn(RememberedPropertyReads.class::isInstance).hasSize(1);
	}

	private String render(String template, Object item) {
		return render(template, item, new ThymeleafEvaluationContext(this.application, null));
	}

	/** As Thymeleaf's view renders a page: with a new evaluation context of its own. */
	private String render(String template, Object item, ThymeleafEvaluationContext spel) {
		Context context = new Context(Locale.UK);
		context.setVariable("item", item);
		context.setVariable(ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME, spel);
		return this.engine.process(template, context);
	}

	record Named(String name) {
	}

	record Flagged(boolean flagged) {

		public String getName() {
			return this.flagged ? "flagged" : "not flagged";
		}

	}

	record Box(Named named, boolean empty) {

		public boolean isEmpty() {
			return this.empty;
		}

	}

	public static final class Bean {

		private final String name;

		Bean(String name) {
			this.name = name;
		}

		public String getName() {
			return this.name;
		}

	}

}
