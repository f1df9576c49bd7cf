package app.takeaways.post;

import java.util.List;

import app.takeaways.support.Browser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A reader in a real browser, on the demo content: from the home page to the seed
 * article, to one takeaway by its permalink, to the takeaways on their own page, then to
 * a tag and through the header search back to a single takeaway.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ReaderJourneyIT {

	static final String SEED = "key-takeaways-from-kim-and-putins-meeting";

	static final String TITLE = "Key Takeaways from Kim and Putin’s Meeting";

	static final List<String> HEADINGS = List.of("Diplomatic Outreach:", "Regional Security:", "Economic Cooperation:",
			"Energy Deals:", "Humanitarian Aid:", "Sanctions Relief:", "Cultural and Educational Exchanges:",
			"Military Cooperation:", "Future Engagement:");

	@LocalServerPort
	int port;

	Browser browser;

	ChromeDriver driver;

	@BeforeEach
	void openBrowser() {
		this.browser = Browser.start();
		this.driver = this.browser.driver();
	}

	@AfterEach
	void closeBrowser() {
		if (this.browser != null) {
			this.browser.close();
		}
	}

	@Test
	void readerFollowsATakeawayPermalinkAndOpensTheTakeawaysPage() {
		open("/");
		this.browser.clickAndWaitForNewPage(By.linkText(TITLE));
		assertThat(this.driver.getCurrentUrl()).endsWith("/posts/" + SEED);
		assertThat(headings()).containsExactlyElementsOf(HEADINGS);

		WebElement third = this.driver.findElement(By.cssSelector("ol.takeaways > li:nth-child(3)"));
		assertThat(third.getText()).startsWith("Economic Cooperation: Economic cooperation emerged");
		WebElement permalink = third.findElement(By.cssSelector("a.permalink"));
		assertThat(permalink.getAccessibleName()).isEqualTo("Link to takeaway 3: Economic Cooperation");
		permalink.click();
		assertThat(this.driver.getCurrentUrl()).endsWith("/posts/" + SEED + "#economic-cooperation");
		assertThat(this.driver.executeScript("return document.querySelector(':target').id"))
			.isEqualTo("economic-cooperation");
		assertThat(inViewport(this.driver.findElement(By.id("economic-cooperation")))).isTrue();
		this.browser.screenshot("reader-takeaway-target");

		this.browser.clickAndWaitForNewPage(By.linkText("The takeaways on their own page"));
		assertThat(this.driver.getCurrentUrl()).endsWith("/posts/" + SEED + "/takeaways");
		// the seed's title already says "Key Takeaways from …": it is not wrapped in a
		// second one
		assertThat(this.driver.findElement(By.tagName("h1")).getText()).isEqualTo(TITLE);
		assertThat(this.driver.findElements(By.cssSelector("ol.takeaways > li"))).hasSize(9);
		assertThat(headings()).containsExactlyElementsOf(HEADINGS);
		this.browser.screenshot("reader-takeaways-page");
		this.browser.clickAndWaitForNewPage(By.linkText("Back to the article"));
		assertThat(this.driver.getCurrentUrl()).endsWith("/posts/" + SEED);
	}

	@Test
	void readerBrowsesATagAndSearchesFromTheHeader() {
		open("/posts/" + SEED);
		this.browser.clickAndWaitForNewPage(By.cssSelector(".post-footer a.tag[href$='/tags/diplomacy']"));
		assertThat(this.driver.findElement(By.tagName("h1")).getText()).contains("Diplomacy");
		assertThat(this.driver.findElements(By.cssSelector("article.summary h2")).stream().map(WebElement::getText))
			.contains(TITLE);

		this.driver.findElement(By.id("site-search-q")).sendKeys("energy");
		this.browser.clickAndWaitForNewPage(By.cssSelector(".site-search button[type=submit]"));
		assertThat(this.driver.getCurrentUrl()).contains("/search?q=energy");
		String result = "//article[contains(@class,'result')][.//h2[.='" + TITLE + "']]";
		assertThat(this.driver.findElement(By.xpath(result)).getText()).contains("Energy Deals");
		this.browser.screenshot("reader-search");
		this.browser
			.clickAndWaitForNewPage(By.xpath(result + "//a[contains(@class,'takeaway-heading')][.='Energy Deals']"));
		assertThat(this.driver.getCurrentUrl()).endsWith("/posts/" + SEED + "#energy-deals");
		assertThat(this.driver.executeScript("return document.querySelector(':target').id")).isEqualTo("energy-deals");
		assertThat(inViewport(this.driver.findElement(By.id("energy-deals")))).isTrue();
	}

	private List<String> headings() {
		return this.driver.findElements(By.cssSelector("ol.takeaways > li strong"))
			.stream()
			.map(WebElement::getText)
			.toList();
	}

	private boolean inViewport(WebElement element) {
		return (Boolean) this.driver.executeScript(
				"const r = arguments[0].getBoundingClientRect(); return r.top >= 0 && r.top < window.innerHeight;",
				element);
	}

	private void open(String path) {
		this.driver.get("http://127.0.0.1:" + this.port + path);
	}

}
