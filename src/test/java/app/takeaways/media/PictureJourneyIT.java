package app.takeaways.media;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;

import app.takeaways.account.Account;
import app.takeaways.account.AccountRepository;
import app.takeaways.account.Role;
import app.takeaways.support.Browser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * An editor in a real browser uploads a picture to the library, puts it in a post's body
 * with the Markdown the library offers and chooses it as the lead picture, publishes; a
 * reader sees both pictures loaded, with their text alternative.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "takeaways.demo.enabled=false")
class PictureJourneyIT {

	private static final String PASSWORD = UUID.randomUUID().toString();

	private static final Pattern HASH = Pattern.compile("/media/([0-9a-f]{32})-");

	@LocalServerPort
	int port;

	@Autowired
	AccountRepository accounts;

	@Autowired
	PasswordEncoder passwords;

	@TempDir
	Path files;

	Browser browser;

	@AfterEach
	void closeBrowser() {
		if (this.browser != null) {
			this.browser.close();
		}
	}

	@Test
	void anEditorUploadsInsertsAndPublishesAPictureThatAReaderSees() throws Exception {
		Path picture = picture("harbour.png", 1200, 675);
		ChromeDriver driver = signedInEditor();
		open(driver, "/editor/media");
		driver.findElement(By.id("file")).sendKeys(picture.toAbsolutePath().toString());
		driver.findElement(By.id("altText")).sendKeys("Fishing boats in the harbour at dawn");
		this.browser.clickAndWaitForNewPage(By.cssSelector("form.media-upload button[type=submit]"));
		assertThat(driver.findElement(By.cssSelector(".flash.notice")).getText())
			.isEqualTo("The picture was added to the library.");
		String markdown = driver.findElement(By.cssSelector("input.markdown")).getAttribute("value");
		assertThat(markdown).startsWith("![Fishing boats in the harbour at dawn](/media/");
		Matcher hash = HASH.matcher(markdown);
		assertThat(hash.find()).isTrue();
		this.browser.screenshot("pictures-library");

		open(driver, "/editor/posts/new");
		String title = "Harbour " + UUID.randomUUID().toString().substring(0, 6);
		driver.findElement(By.id("title")).sendKeys(title);
		driver.findElement(By.id("lead")).sendKeys("What the morning looked like.");
		driver.findElement(By.id("body")).sendKeys("The boats came in early.\n\n" + markdown + "\n\nThen it rained.");
		new Select(driver.findElement(By.id("leadImage"))).selectByValue(hash.group(1));
		driver.findElement(By.cssSelector("input[name=publication][value=NOW]")).click();
		this.browser.clickAndWaitForNewPage(By.cssSelector(".editor-side button[value=save]"));
		assertThat(driver.findElement(By.cssSelector(".status")).getText()).isEqualTo("Published");

		aReaderSeesBothPictures(title, hash.group(1), "Fishing boats in the harbour at dawn", "pictures-post");
	}

	@Test
	void withJavaScriptThePostFormUploadsAPictureAndInsertsItWhereTheCursorIs() throws Exception {
		Path picture = picture("gull.png", 900, 600);
		ChromeDriver driver = signedInEditor();
		open(driver, "/editor/posts/new");
		String title = "Gull " + UUID.randomUUID().toString().substring(0, 6);
		driver.findElement(By.id("title")).sendKeys(title);
		driver.findElement(By.id("lead")).sendKeys("A visitor on the pier.");
		driver.findElement(By.id("body")).sendKeys("It stayed all afternoon.");

		driver.findElement(By.id("upload-file")).sendKeys(picture.toAbsolutePath().toString());
		driver.findElement(By.id("upload-alt")).sendKeys("A gull on a wooden post");
		driver.findElement(By.id("upload-insert")).click();
		await().atMost(Duration.ofSeconds(20))
			.until(() -> driver.findElement(By.id("upload-status")).getText().startsWith("The picture was added"));

		String body = driver.findElement(By.id("body")).getAttribute("value");
		assertThat(body).startsWith("It stayed all afternoon.\n\n![A gull on a wooden post](/media/");
		Matcher hash = HASH.matcher(body);
		assertThat(hash.find()).isTrue();
		Select lead = new Select(driver.findElement(By.id("leadImage")));
		lead.selectByValue(hash.group(1));
		assertThat(lead.getFirstSelectedOption().getText()).startsWith("A gull on a wooden post (900 × 600)");
		this.browser.screenshot("pictures-in-place");
		driver.findElement(By.cssSelector("input[name=publication][value=NOW]")).click();
		this.browser.clickAndWaitForNewPage(By.cssSelector(".editor-side button[value=save]"));
		assertThat(driver.findElement(By.cssSelector(".status")).getText()).isEqualTo("Published");

		aReaderSeesBothPictures(title, hash.group(1), "A gull on a wooden post", "pictures-in-place-post");
	}

	private ChromeDriver signedInEditor() {
		String username = "pictures-" + UUID.randomUUID().toString().substring(0, 8);
		this.accounts.save(new Account(username, "Pia Pictures", this.passwords.encode(PASSWORD), Role.EDITOR,
				Clock.systemUTC().instant()));
		this.browser = Browser.start();
		ChromeDriver driver = this.browser.driver();
		open(driver, "/login");
		driver.findElement(By.id("username")).sendKeys(username);
		driver.findElement(By.id("password")).sendKeys(PASSWORD);
		this.browser.clickAndWaitForNewPage(By.cssSelector("form button[type=submit].primary"));
		return driver;
	}

	/**
	 * In a browser of their own, a reader opens the post from the home page and finds the
	 * lead picture and the one in the body, loaded, with their text alternative.
	 */
	private void aReaderSeesBothPictures(String title, String hash, String alt, String screenshot) {
		this.browser.close();
		this.browser = Browser.start();
		ChromeDriver reader = this.browser.driver();
		open(reader, "/");
		this.browser.clickAndWaitForNewPage(By.linkText(title));
		WebElement lead = reader.findElement(By.cssSelector("figure.lead-image img"));
		WebElement inBody = reader.findElement(By.cssSelector("div.body img"));
		for (WebElement image : new WebElement[] { lead, inBody }) {
			assertThat(image.getAttribute("alt")).isEqualTo(alt);
			assertThat(image.getAttribute("srcset")).contains("/media/" + hash);
			assertThat(image.getAttribute("width")).isNotBlank();
			assertThat(image.getAttribute("height")).isNotBlank();
		}
		reader.executeScript("arguments[0].scrollIntoView();", inBody);
		await().atMost(Duration.ofSeconds(10))
			.until(() -> Boolean.TRUE
				.equals(reader.executeScript("return arguments[0].complete && arguments[0].naturalWidth > 0"
						+ " && arguments[1].complete && arguments[1].naturalWidth > 0;", lead, inBody)));
		this.browser.screenshot(screenshot);
	}

	private Path picture(String name, int width, int height) throws Exception {
		Path picture = this.files.resolve(name);
		ImageIO.write(gradient(width, height), "png", picture.toFile());
		return picture;
	}

	private void open(ChromeDriver driver, String path) {
		driver.get("http://127.0.0.1:" + this.port + path);
	}

	private static BufferedImage gradient(int width, int height) {
		BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		for (int x = 0; x < width; x++) {
			for (int y = 0; y < height; y++) {
				image.setRGB(x, y, (x * 255 / width) << 16 | (y * 255 / height) << 8 | 0x80);
			}
		}
		return image;
	}

}
