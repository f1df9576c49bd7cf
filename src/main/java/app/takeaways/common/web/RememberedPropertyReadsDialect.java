package app.takeaways.common.web;

import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.thymeleaf.context.ITemplateContext;
import org.thymeleaf.dialect.AbstractProcessorDialect;
import org.thymeleaf.model.ITemplateEnd;
import org.thymeleaf.model.ITemplateStart;
import org.thymeleaf.processor.IProcessor;
import org.thymeleaf.processor.templateboundaries.AbstractTemplateBoundariesProcessor;
import org.thymeleaf.processor.templateboundaries.ITemplateBoundariesStructureHandler;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;
import org.thymeleaf.standard.StandardDialect;
import org.thymeleaf.templatemode.TemplateMode;

import org.springframework.expression.spel.support.StandardEvaluationContext;
import org.springframework.stereotype.Component;

/**
 * Gives every page's evaluation context the accessor that remembers how each property is
 * read ({@link RememberedPropertyReads}), when the page starts. Thymeleaf's view makes a
 * new context for each page, so it is put in each time.
 */
@Component
class RememberedPropertyReadsDialect extends AbstractProcessorDialect {

	RememberedPropertyReadsDialect() {
		super("Remembered property reads", "takeaways", StandardDialect.PROCESSOR_PRECEDENCE);
	}

	@Override
	public Set<IProcessor> getProcessors(String dialectPrefix) {
		return Set.of(new Installer(getDialectProcessorPrecedence()));
	}

	private static final class Installer extends AbstractTemplateBoundariesProcessor {

		private volatile @Nullable RememberedPropertyReads reads;

		Installer(int precedence) {
			super(TemplateMode.HTML, precedence);
		}

		@Override
		public void doProcessTemplateStart(ITemplateContext context, ITemplateStart templateStart,
				ITemplateBoundariesStructureHandler structureHandler) {
			if (context.getVariable(
					ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME) instanceof StandardEvaluationContext spel) {
				RememberedPropertyReads installed = RememberedPropertyReads.installIn(spel, this.reads);
				if (installed != null) {
					this.reads = installed;
				}
			}
		}

		@Override
		public void doProcessTemplateEnd(ITemplateContext context, ITemplateEnd templateEnd,
				ITemplateBoundariesStructureHandler structureHandler) {
		}

	}

}
