package app.takeaways.support;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Level;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.Capabilities;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.UnexpectedAlertBehaviour;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A headless Chromium for end-to-end tests, driven by Debian's chromedriver (Selenium
 * Manager never runs). Tests call {@link #start()} in {@code @BeforeEach} and
 * {@link #close()} in {@code @AfterEach}; where no browser is installed the test is
 * skipped with a message, unless {@code TEST_BROWSER_REQUIRED=true} (set by
 * {@code .ci/run}) makes that a failure.
 */
public final class Browser implements AutoCloseable {

	static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("CHROMIUM_BINARY", "/usr/bin/chromium"));

	static final Path CHROMEDRIVER = Path
		.of(System.getenv().getOrDefault("CHROMEDRIVER_BINARY", "/usr/bin/chromedriver"));

	static final String REQUIRED = "TEST_BROWSER_REQUIRED";

	private static final AtomicReference<@Nullable String> started = new AtomicReference<>();

	private final ChromeDriver driver;

	private final Path profile;

	private Browser(ChromeDriver driver, Path profile) {
		this.driver = driver;
		this.profile = profile;
	}

	public static Browser start() {
		return start(true, false);
	}

	/**
	 * A browser with JavaScript switched off, to prove a page works without it.
	 */
	public static Browser startWithoutJavaScript() {
		return start(false, false);
	}

	/**
	 * A browser that keeps every console message of the page (read them with
	 * {@link #consoleMessages()}) and leaves a JavaScript dialog open instead of
	 * dismissing it, so a test can see that a page opened one.
	 */
	public static Browser startWatchingConsoleAndDialogs() {
		return start(true, true);
	}

	private static Browser start(boolean javaScript, boolean watch) {
		boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
		String why = "No browser at " + CHROMIUM + " with " + CHROMEDRIVER
				+ ": install Debian's chromium and chromium-driver (see .ci/run)";
		if (!installed && "true".equalsIgnoreCase(System.getenv(REQUIRED))) {
			throw new IllegalStateException(REQUIRED + "=true, but: " + why);
		}
		Assumptions.assumeTrue(installed, why);
		System.setProperty("SE_OFFLINE", "true");
		System.setProperty("SE_AVOID_STATS", "true");
		try {
			Path profile = Files.createTempDirectory("takeaways-chromium");
			ChromeOptions options = new ChromeOptions();
			options.setBinary(CHROMIUM.toFile());
			if (!javaScript) {
				options.setExperimentalOption("prefs",
						java.util.Map.of("profile.managed_default_content_settings.javascript", 2));
			}
			options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
					"--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
					"--disable-sync", "--window-size=1280,1000", "--user-data-dir=" + profile,
					"--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1");
			if (watch) {
				LoggingPreferences logging = new LoggingPreferences();
				logging.enable(LogType.BROWSER, Level.ALL);
				options.setCapability(ChromeOptions.LOGGING_PREFS, logging);
				options.setUnhandledPromptBehaviour(UnexpectedAlertBehaviour.IGNORE);
			}
			ChromeDriverService service = new ChromeDriverService.Builder()
				.usingDriverExecutable(new File(CHROMEDRIVER.toString()))
				.usingAnyFreePort()
				.build();
			ChromeDriver driver = new ChromeDriver(service, options);
			driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(2));
			Capabilities capabilities = driver.getCapabilities();
			started.set(capabilities.getBrowserName() + " " + capabilities.getBrowserVersion() + " at " + CHROMIUM);
			return new Browser(driver, profile);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The browser started since the last call (name, version and binary), or null;
	 * {@link TestEnvironmentRecorder} writes it down per test class.
	 */
	static @Nullable String takeStarted() {
		return started.getAndSet(null);
	}

	public ChromeDriver driver() {
		return this.driver;
	}

	/**
	 * Clicks something that loads a new page and waits until the old page is gone.
	 * Chromium reports a page that is being replaced either as a stale element or as a
	 * node that "does not belong to the document"; both mean the old page is gone.
	 */
	public void clickAndWaitForNewPage(By target) {
		WebElement page = this.driver.findElement(By.tagName("html"));
		this.driver.findElement(target).click();
		new WebDriverWait(this.driver, Duration.ofSeconds(10)).until((driver) -> isGone(page));
	}

	private static boolean isGone(WebElement element) {
		try {
			element.isEnabled();
			return false;
		}
		catch (StaleElementReferenceException ex) {
			return true;
		}
		catch (WebDriverException ex) {
			if (ex.getMessage() != null && ex.getMessage().contains("does not belong to the document")) {
				return true;
			}
			throw ex;
		}
	}

	/**
	 * The console messages (including network and Content Security Policy errors) logged
	 * since the last call; only for a browser from
	 * {@link #startWatchingConsoleAndDialogs()}.
	 */
	public List<LogEntry> consoleMessages() {
		return this.driver.manage().logs().get(LogType.BROWSER).getAll();
	}

	/**
	 * Saves a PNG of the current page under {@code target/screenshots}, for a person to
	 * look at.
	 */
	public Path screenshot(String name) {
		try {
			Path dir = Files.createDirectories(Path.of("target", "screenshots"));
			Path file = dir.resolve(name + ".png");
			Files.write(file, this.driver.getScreenshotAs(OutputType.BYTES));
			return file;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public void close() {
		this.driver.quit();
		try (Stream<Path> files = Files.walk(this.profile)) {
			files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
		}
		catch (IOException ex) {
			// the temporary profile is only left behind
		}
	}

}
