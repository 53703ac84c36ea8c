package uk.co.welzo.klachten.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultMatcher;

/** What every problem answer must look like, and must never show. */
public final class ProblemMatchers {

    private ProblemMatchers() {
    }

    public static ResultMatcher problem(int status, String code, String typeSuffix) {
        return ResultMatcher.matchAll(
                status().is(status),
                content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON),
                jsonPath("$.status").value(status),
                jsonPath("$.code").value(code),
                jsonPath("$.type").value("https://klachten.welzo.co.uk/problems/" + typeSuffix),
                jsonPath("$.title").isNotEmpty(),
                jsonPath("$.detail").isNotEmpty(),
                noInternals());
    }

    public static ResultMatcher noInternals() {
        return result -> assertThat(result.getResponse().getContentAsString())
                .doesNotContain("Exception", "at uk.co", "uk.co.welzo.klachten.", "secret", "Secret", "trace");
    }
}
