package app.takeaways.transfer.wordpress;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class WxrWriterTests {

	@Test
	void cdataIsSplitAroundItsEndMarkerAsWordPressDoes() {
		assertThat(WxrWriter.cdata("if (a[i]]> 0)")).isEqualTo("<![CDATA[if (a[i]]]]><![CDATA[> 0)]]>");
	}

	@Test
	void charactersXmlForbidsAreLeftOut() {
		assertThat(WxrWriter.cdata("a\u0000b\u000Bc")).isEqualTo("<![CDATA[abc]]>");
		assertThat(WxrWriter.escape("<a & \"b\">")).isEqualTo("&lt;a &amp; &quot;b&quot;&gt;");
	}

}
