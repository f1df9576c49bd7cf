package app.takeaways.transfer;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

/**
 * The import and export pages through HTTP: upload, progress, report, hostile files, the
 * upload limit, old WordPress addresses and the streamed downloads.
 */
@SpringBootTest(properties = "takeaways.demo.enabled=false")
@AutoConfigureMockMvc
class TransferWebTests {

	@Autowired
	MockMvc mvc;

	final WordpressFixtures fixture = new WordpressFixtures();

	static RequestPostProcessor admin() {
		return user("transfer-admin").roles("ADMIN");
	}

	/**
	 * Uploads the file and waits for its import to end.
	 * @return the report page
	 */
	Document upload(String name, byte[] content) throws Exception {
		String location = this.mvc
			.perform(multipart("/admin/import").file(new MockMultipartFile("file", name, "text/xml", content))
				.with(csrf())
				.with(admin()))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		assertThat(location).startsWith("/admin/import/");
		return await().atMost(Duration.ofSeconds(60))
			.pollInterval(Duration.ofMillis(100))
			.until(() -> page(location), (page) -> page.select("meta[http-equiv=refresh]").isEmpty());
	}

	Document page(String path) throws Exception {
		return Jsoup.parse(this.mvc.perform(get(path).with(admin())).andReturn().getResponse().getContentAsString());
	}

	@Test
	void adminUploadsAnExportAndReadsTheReport() throws Exception {
		Document report = upload("site.xml", this.fixture.xml().getBytes(StandardCharsets.UTF_8));
		assertThat(report.select("#posts-imported").text()).isEqualTo("5");
		assertThat(report.select("#comments-imported").text()).isEqualTo("4");
		assertThat(report.select("#skipped li").text()).contains("Thrown away (#109)")
			.contains("its status 'trash' is not imported");
		assertThat(report.text()).contains("page: 1", "attachment: 1", "nav_menu_item: 1", "pingback: 1",
				"[gallery]: 1", "[embed]: 1");
		assertThat(report.select("a[href=/admin/import]")).isNotEmpty();
	}

	@Test
	void fileThatIsNotXmlEndsOnAClearMessageAndTheSiteKeepsServing() throws Exception {
		Document report = upload("notes.xml", "Dear diary, today I exported nothing.".getBytes(StandardCharsets.UTF_8));
		assertThat(report.select("#failure").text()).contains("Nothing was imported").contains("not well-formed");
		assertThat(this.mvc.perform(get("/")).andReturn().getResponse().getStatus()).isEqualTo(200);
	}

	@Test
	void billionLaughsEndsOnAClearMessageAndTheSiteKeepsServing() throws Exception {
		String lol = """
				<?xml version="1.0"?>
				<!DOCTYPE rss [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">
				<!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;"><!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">]>
				<rss><channel><title>&d;</title></channel></rss>""";
		Document report = upload("lol.xml", lol.getBytes(StandardCharsets.UTF_8));
		assertThat(report.select("#failure").text()).contains("not well-formed");
		assertThat(this.mvc.perform(get("/")).andReturn().getResponse().getStatus()).isEqualTo(200);
	}

	@Test
	void importTakesFilesOverTheOneMebibyteLimitOfOtherRoutes() throws Exception {
		String padding = "<wp:postmeta><wp:meta_key>pad</wp:meta_key><wp:meta_value><![CDATA[" + "p".repeat(1_200_000)
				+ "]]></wp:meta_value></wp:postmeta>";
		byte[] big = this.fixture.xml()
			.replaceFirst("<wp:is_sticky>0</wp:is_sticky>", "<wp:is_sticky>0</wp:is_sticky>" + padding)
			.getBytes(StandardCharsets.UTF_8);
		assertThat(big.length).isGreaterThan(1024 * 1024);
		assertThat(upload("big.xml", big).select("#posts-imported").text()).isEqualTo("5");
	}

	@Test
	void uploadWithoutAFileSaysWhatIsMissing() throws Exception {
		MvcResult result = this.mvc.perform(multipart("/admin/import").with(csrf()).with(admin())).andReturn();
		assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/admin/import");
		assertThat(result.getFlashMap().get("problem")).isEqualTo("transfer.import.empty");
	}

	@Test
	void oldWordPressAddressesOfImportedPostsRedirectToTheirPage() throws Exception {
		upload("site.xml", this.fixture.xml().getBytes(StandardCharsets.UTF_8));
		String slug = this.fixture.slug("energy-summit");
		for (String old : new String[] { "/" + slug + "/", "/2024/03/14/" + slug + "/", "/2024/03/" + slug + "/",
				"/?p=101", "/archives/101" }) {
			var response = this.mvc.perform(get(old)).andReturn().getResponse();
			assertThat(response.getStatus()).as(old).isEqualTo(301);
			assertThat(response.getHeader("Location")).as(old).isEqualTo("/posts/" + slug);
		}
		assertThat(this.mvc.perform(get("/?p=104")).andReturn().getResponse().getStatus()).as("a draft").isEqualTo(404);
		assertThat(this.mvc.perform(get("/no-such-" + slug + "/")).andReturn().getResponse().getStatus())
			.isEqualTo(404);
		assertThat(this.mvc.perform(get("/")).andReturn().getResponse().getStatus()).isEqualTo(200);
		assertThat(this.mvc.perform(get("/posts/" + slug)).andReturn().getResponse().getStatus()).isEqualTo(200);
	}

	@Test
	void exportsStreamTheWholeSiteAsWxrAndJson() throws Exception {
		upload("site.xml", this.fixture.xml().getBytes(StandardCharsets.UTF_8));
		MvcResult wxr = this.mvc.perform(get("/admin/export/wxr").with(admin())).andReturn();
		var wxrResponse = this.mvc.perform(asyncDispatch(wxr)).andReturn().getResponse();
		assertThat(wxrResponse.getHeader("Content-Disposition")).startsWith("attachment; filename=\"takeaways-");
		assertThat(wxrResponse.getContentAsString(StandardCharsets.UTF_8))
			.contains("<wp:wxr_version>1.2</wp:wxr_version>")
			.contains("<li id=\"grids-first\"><strong>Grids first:</strong>");
		MvcResult json = this.mvc.perform(get("/admin/export/json").with(admin())).andReturn();
		String archive = this.mvc.perform(asyncDispatch(json))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(archive).contains("\"format\":\"takeaways-archive\"")
			.contains("\"anchor\":\"grids-first\"")
			.contains("\"discussionSettings\":{")
			.contains("\"status\":\"SPAM\"");
	}

}
