package app.takeaways.transfer;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;

import app.takeaways.account.Account;
import app.takeaways.account.AccountRepository;
import app.takeaways.account.Role;
import app.takeaways.support.Browser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An admin in a real browser moves a WordPress blog in: signs in, uploads the export,
 * watches the progress page (it refreshes itself without JavaScript), reads the report,
 * and opens an imported post by its old WordPress address.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "takeaways.demo.enabled=false")
class TransferJourneyIT {

	static final String PASSWORD = UUID.randomUUID().toString();

	@LocalServerPort
	int port;

	@Autowired
	AccountRepository accounts;

	@Autowired
	PasswordEncoder passwords;

	Browser browser;

	@AfterEach
	void closeBrowser() {
		if (this.browser != null) {
			this.browser.close();
		}
	}

	@Test
	void adminUploadsWatchesProgressReadsTheReportAndOpensAnImportedPost() {
		String username = "mover-" + UUID.randomUUID().toString().substring(0, 8);
		this.accounts.save(new Account(username, "Mo Mover", this.passwords.encode(PASSWORD), Role.ADMIN,
				Clock.systemUTC().instant()));
		WordpressFixtures fixture = new WordpressFixtures();
		Path file = WordpressFixtures.file(fixture.xml());

		this.browser = Browser.startWithoutJavaScript();
		ChromeDriver driver = this.browser.driver();
		driver.get("http://127.0.0.1:" + this.port + "/admin/import");
		driver.findElement(By.id("username")).sendKeys(username);
		driver.findElement(By.id("password")).sendKeys(PASSWORD);
		this.browser.clickAndWaitForNewPage(By.cssSelector("form button[type=submit].primary"));
		assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Import from WordPress");
		this.browser.screenshot("transfer-import-form");

		driver.findElement(By.id("file")).sendKeys(file.toString());
		this.browser.clickAndWaitForNewPage(By.cssSelector("form.import-form button[type=submit]"));
		assertThat(driver.getCurrentUrl()).contains("/admin/import/");
		this.browser.screenshot("transfer-progress");

		WebElement report = new WebDriverWait(driver, Duration.ofSeconds(60))
			.until((d) -> d.findElements(By.id("report")).stream().findFirst().orElse(null));
		assertThat(driver.findElement(By.id("posts-imported")).getText()).isEqualTo("5");
		assertThat(driver.findElement(By.id("comments-imported")).getText()).isEqualTo("4");
		assertThat(report.getText()).contains("Thrown away (#109)", "[gallery]: 1");
		assertThat(driver.findElements(By.cssSelector("meta[http-equiv=refresh]"))).isEmpty();
		this.browser.screenshot("transfer-report");

		driver.get("http://127.0.0.1:" + this.port + "/2024/03/14/" + fixture.slug("energy-summit") + "/");
		assertThat(driver.getCurrentUrl()).endsWith("/posts/" + fixture.slug("energy-summit"));
		assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Three lessons from the energy summit");
		assertThat(driver.findElements(By.cssSelector("ol.takeaways > li strong")).stream().map(WebElement::getText))
			.containsExactly("Grids first:", "Storage is cheap now:", "Permits are the bottleneck:");
		this.browser.screenshot("transfer-imported-post");
	}

}
