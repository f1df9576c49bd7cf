package app.takeaways.support;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.deque.html.axecore.results.Check;
import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.openqa.selenium.WebDriver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs Deque's axe-core in the current page and reports what it found. axe is injected
 * through WebDriver's script execution, which the page's Content-Security-Policy does not
 * apply to, so the strict policy stays as it is.
 */
public final class Axe {

	private static final Logger log = LoggerFactory.getLogger(Axe.class);

	/**
	 * WCAG 2.0, 2.1 and 2.2 levels A and AA, plus axe's best practices.
	 */
	public static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa",
			"best-practice");

	/**
	 * Impacts a page must not have.
	 */
	public static final Set<String> BLOCKING = Set.of("serious", "critical");

	private Axe() {
	}

	/**
	 * Checks the page the browser shows and logs every violation, whatever its impact.
	 * @param driver the browser
	 * @param page a short name for the log
	 * @return the violations
	 */
	public static List<Rule> check(WebDriver driver, String page) {
		Results results = new AxeBuilder().withTags(TAGS).analyze(driver);
		if (results.isErrored()) {
			throw new IllegalStateException("axe failed on " + page + ": " + results.getErrorMessage());
		}
		List<Rule> violations = results.getViolations();
		log.info("axe {} on {}: {} violation(s), {} rule(s) passed, {} to review by hand{}",
				results.getTestEngine().getVersion(), page, violations.size(), results.getPasses().size(),
				results.getIncomplete().size(), describe(violations));
		for (Rule review : results.getIncomplete()) {
			log.info("axe to review on {}: {} ({}) on {} node(s), first because: {}{}", page, review.getId(),
					review.getImpact(), review.getNodes().size(), reason(review.getNodes().get(0)),
					describe(List.of(review)));
		}
		return violations;
	}

	/**
	 * The violations with a blocking impact.
	 */
	public static List<Rule> blocking(List<Rule> violations) {
		return violations.stream().filter((rule) -> BLOCKING.contains(rule.getImpact())).toList();
	}

	/**
	 * One line per rule: id, impact and the selectors of the nodes it failed on.
	 */
	public static String describe(List<Rule> rules) {
		return rules.stream()
			.map((rule) -> "\n  " + rule.getId() + " (" + rule.getImpact() + "): " + targets(rule.getNodes()))
			.collect(Collectors.joining());
	}

	private static String reason(CheckedNode node) {
		return Stream.of(node.getAny(), node.getAll(), node.getNone())
			.flatMap(List::stream)
			.map(Check::getMessage)
			.collect(Collectors.joining("; "));
	}

	private static String targets(List<CheckedNode> nodes) {
		return nodes.stream().map((node) -> String.valueOf(node.getTarget())).collect(Collectors.joining(", "));
	}

}
