package app.takeaways.transfer;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import app.takeaways.transfer.wordpress.ImportReport;
import app.takeaways.transfer.wordpress.WordpressImporter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * {@code java -jar takeaways.jar export …} and {@code import FILE}: the same code paths
 * as the admin pages, run from the command line's arguments.
 */
@SpringBootTest(properties = "takeaways.demo.enabled=false")
class BackupCommandTests {

	@Autowired
	BackupCommand command;

	@Autowired
	WordpressImporter importer;

	@TempDir
	Path dir;

	@Test
	void exportWritesTheArchiveAndImportingItAgainChangesNothing() throws Exception {
		WordpressFixtures fixture = new WordpressFixtures();
		this.importer.run(WordpressFixtures.file(fixture.xml()), new ImportReport());
		Path json = this.dir.resolve("backup.json");
		this.command.run(new DefaultApplicationArguments("export", "--format=json", "--out=" + json));
		assertThat(Files.readString(json, StandardCharsets.UTF_8)).startsWith("{\"format\":\"takeaways-archive\"")
			.contains(fixture.slug("energy-summit"));
		assertThat(this.dir.resolve("backup.json.partial")).doesNotExist();
		this.command.run(new DefaultApplicationArguments("import", json.toString()));
		Path wxr = this.dir.resolve("site.xml");
		this.command.run(new DefaultApplicationArguments("export", "--format=wxr", "--out=" + wxr));
		assertThat(Files.readString(wxr, StandardCharsets.UTF_8)).contains("<wp:wxr_version>1.2</wp:wxr_version>");
	}

	@Test
	void importOfABrokenFileFails() throws Exception {
		Path broken = Files.writeString(this.dir.resolve("broken.xml"), "<rss><channel>");
		assertThatThrownBy(() -> this.command.run(new DefaultApplicationArguments("import", broken.toString())))
			.hasMessageContaining("Nothing was imported");
	}

	@Test
	void exportWithoutATargetSaysHowToUseIt() {
		assertThatThrownBy(() -> this.command.run(new DefaultApplicationArguments("export", "--format=json")))
			.hasMessageContaining("Usage");
	}

}
