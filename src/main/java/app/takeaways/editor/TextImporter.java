package app.takeaways.editor;

import app.takeaways.takeaway.ParsedArticle;
import app.takeaways.takeaway.TakeawayParser;

/**
 * Turns a plain-text article (title line, lead, numbered takeaways, rest) into an editor
 * form for a draft; page furniture is dropped by {@link TakeawayParser}.
 */
final class TextImporter {

	private TextImporter() {
	}

	static PostForm toForm(String text) {
		ParsedArticle article = TakeawayParser.parse(text);
		PostForm form = new PostForm();
		form.setTitle(article.title());
		form.setLead(String.join("\n\n", article.lead()));
		form.setBody(article.body());
		form.setCommentsClosed(article.commentsClosed());
		form.setPublication(Publication.DRAFT);
		form.setTakeaways(
				article.takeaways().stream().map((item) -> new TakeawayForm("", item.heading(), item.body())).toList());
		return form;
	}

}
