package app.takeaways.security;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;

import app.takeaways.support.Browser;
import org.assertj.core.api.SoftAssertions;
import org.jspecify.annotations.Nullable;
import org.openqa.selenium.Alert;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;

/**
 * What the browser made of the page it shows: JavaScript dialogs opened or asked for,
 * console errors, and elements, attributes or addresses no page of the site has (so a
 * payload must have injected them); and the text that CSS queries find on it.
 */
final class PageInspector {

	/**
	 * Runs before any script of every page: records each dialog the page asks for, then
	 * opens it as usual (the browser leaves it open, see
	 * {@link Browser#startWatchingConsoleAndDialogs()}).
	 */
	static final String DIALOG_RECORDER = """
			(() => {
			  const asked = [];
			  Object.defineProperty(window, '__dialogsAsked', { value: asked });
			  for (const name of ['alert', 'confirm', 'prompt', 'print']) {
			    const original = window[name];
			    window[name] = function (...args) {
			      asked.push(name + '(' + args.join(', ') + ')');
			      return original.apply(this, args);
			    };
			  }
			})();
			""";

	/**
	 * Lists what a payload could have injected into the page (a script that is not the
	 * site's own file under /js/ or its JSON-LD, an event-handler attribute, a
	 * javascript:, vbscript: or data: address, a style with an address, elements that
	 * embed, restyle or redirect) and the dialogs the page asked for, and reads the text
	 * or attribute of what each query (arguments[0]) finds. The preview's JSON-LD block
	 * is empty, which is inert.
	 */
	static final String INSPECT = """
			const injected = (() => {
			const found = [];
			const show = (el) => el.outerHTML.slice(0, 160);
			const addresses = ['href', 'src', 'action', 'formaction', 'xlink:href', 'data', 'poster', 'background',
			  'srcset', 'ping', 'cite', 'codebase'];
			const forbidden = ['iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'base', 'svg', 'math', 'style'];
			for (const el of document.querySelectorAll('*')) {
			  const tag = el.localName.toLowerCase();
			  if (forbidden.includes(tag) || (tag === 'meta' && el.hasAttribute('http-equiv'))) {
			    found.push('<' + tag + '> element: ' + show(el));
			  }
			  if (tag === 'script') {
			    const src = el.getAttribute('src');
			    const type = (el.getAttribute('type') || '').trim().toLowerCase();
			    let own = false;
			    if (src !== null) {
			      const url = new URL(src, location.href);
			      own = url.origin === location.origin && url.pathname.startsWith('/js/') && el.textContent.trim() === '';
			    }
			    let structuredData = src === null && type === 'application/ld+json';
			    if (structuredData) {
			      try { el.textContent.trim() === '' || JSON.parse(el.textContent); } catch (e) { structuredData = false; }
			    }
			    if (!own && !structuredData) {
			      found.push('script that is not the site\\'s own: ' + show(el));
			    }
			  }
			  for (const attribute of el.attributes) {
			    const name = attribute.name.toLowerCase();
			    if (name.startsWith('on')) {
			      found.push(name + ' handler on <' + tag + '>: ' + show(el));
			    }
			    if (addresses.includes(name) || name.endsWith(':href')) {
			      const url = attribute.value.replace(/[\\u0000-\\u0020\\u007f]/g, '').toLowerCase();
			      if (/^(javascript|vbscript|data):/.test(url)) {
			        found.push(name + '="' + attribute.value.slice(0, 80) + '" on <' + tag + '>: ' + show(el));
			      }
			    }
			    if (name === 'style' && /url\\(|expression\\(/i.test(attribute.value)) {
			      found.push('style with an address on <' + tag + '>: ' + show(el));
			    }
			  }
			}
			return found;
			})();
			const found = {};
			for (const query of arguments[0]) {
			  const at = query.indexOf('@');
			  const css = (at < 0) ? query : query.slice(0, at);
			  found[query] = Array.from(document.querySelectorAll(css),
			    (e) => (at < 0) ? e.textContent : e.getAttribute(query.slice(at + 1)));
			}
			return { injected: injected, asked: window.__dialogsAsked || [], found: found };
			""";

	private final Browser browser;

	private final ChromeDriver driver;

	private final Set<String> consoleNoise = new LinkedHashSet<>();

	private int checked;

	/**
	 * Starts recording the dialogs every page of {@code browser} asks for, from before
	 * its first script.
	 */
	PageInspector(Browser browser) {
		this.browser = browser;
		this.driver = browser.driver();
		this.driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", DIALOG_RECORDER));
	}

	/** Pages checked so far. */
	int checked() {
		return this.checked;
	}

	/** Console messages below error level, and errors not a payload's doing. */
	Set<String> consoleNoise() {
		return this.consoleNoise;
	}

	/**
	 * Checks the current page and reads what {@code queries} find on it: a CSS selector
	 * gives the elements' text, {@code selector@name} their attribute {@code name}.
	 */
	Page check(SoftAssertions softly, String where, String... queries) {
		this.checked++;
		List<String> problems = new ArrayList<>();
		Page page = inspect(problems, queries);
		softly.assertThat(problems).as("%s (%s)", where, this.driver.getCurrentUrl()).isEmpty();
		return page;
	}

	/**
	 * Dialogs open or asked for, console errors and injected elements on the current
	 * page.
	 */
	List<String> problems() {
		List<String> problems = new ArrayList<>();
		inspect(problems);
		return problems;
	}

	@SuppressWarnings("unchecked")
	private Page inspect(List<String> problems, String... queries) {
		for (int i = 0; i < 10; i++) {
			try {
				Alert alert = this.driver.switchTo().alert();
				problems.add("JavaScript dialog: " + alert.getText());
				alert.dismiss();
			}
			catch (NoAlertPresentException ex) {
				break;
			}
		}
		for (LogEntry entry : this.browser.consoleMessages()) {
			if (entry.getLevel().intValue() < Level.SEVERE.intValue()) {
				this.consoleNoise.add(entry.getLevel() + " " + entry.getMessage());
			}
			else if (entry.getMessage()
				.endsWith(
						"/favicon.ico - Failed to load resource: " + "the server responded with a status of 404 ()")) {
				// The site has no icon yet, so Chromium's own request for one fails; not
				// a
				// payload's doing (an icon is being added on main).
				this.consoleNoise.add("ignored: " + entry.getMessage());
			}
			else {
				problems.add("console error: " + entry.getMessage());
			}
		}
		Map<String, Object> found = (Map<String, Object>) this.driver.executeScript(INSPECT, List.of(queries));
		((List<?>) found.get("asked")).forEach((asked) -> problems.add("dialog asked for: " + asked));
		((List<?>) found.get("injected")).forEach((injected) -> problems.add(injected.toString()));
		return new Page((Map<String, List<String>>) found.get("found"));
	}

	/**
	 * What the queries of {@link #check} found on a page, white space collapsed.
	 */
	record Page(Map<String, List<String>> found) {

		List<String> all(String query) {
			return this.found.getOrDefault(query, List.of()).stream().map(PageInspector::shown).toList();
		}

		@Nullable String first(String query) {
			List<String> all = all(query);
			return all.isEmpty() ? null : all.get(0);
		}

	}

	/**
	 * Text as the page holds it, compared with white space collapsed: the HTML parser
	 * turns CR LF into LF and rendering folds runs of spaces.
	 */
	static @Nullable String shown(@Nullable String text) {
		return (text != null) ? text.replaceAll("[ \\t\\n\\r\\f]+", " ").strip() : null;
	}

}
