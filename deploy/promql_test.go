package deploy

import (
	"regexp"
	"strings"
)

// PromQL keywords that read like identifiers. The ones taking a parenthesised label list (by,
// without, on, ignoring, group_left, group_right) have it skipped. The aggregation operators
// are here because a by or without clause may stand between them and their parenthesis.
var (
	labelListKeywords = map[string]bool{"by": true, "without": true, "on": true, "ignoring": true, "group_left": true, "group_right": true}
	keywords          = map[string]bool{
		"and": true, "or": true, "unless": true, "bool": true, "offset": true, "inf": true, "nan": true,
		"sum": true, "min": true, "max": true, "avg": true, "group": true, "stddev": true, "stdvar": true, "count": true,
		"count_values": true, "bottomk": true, "topk": true, "quantile": true, "limitk": true, "limit_ratio": true,
	}
)

// metricNames returns the metric names a PromQL expression selects, in order, each once. It is
// a lexer, not a parser: it drops strings, label matchers {…}, ranges […] and Grafana
// variables ($x, ${x}), then keeps the identifiers that are neither functions (followed by a
// parenthesis), keywords nor label lists. That is all a selector can be in the expressions a
// dashboard and alert rules hold.
func metricNames(expr string) []string {
	var names []string
	seen := map[string]bool{}
	for i := 0; i < len(expr); {
		c := expr[i]
		switch {
		case c == '"' || c == '\'' || c == '`':
			i = skipString(expr, i)
		case c == '{':
			i = skipTo(expr, i, '}')
		case c == '[':
			i = skipTo(expr, i, ']')
		case c == '$':
			i++
			if i < len(expr) && expr[i] == '{' {
				i = skipTo(expr, i, '}')
			} else {
				for i < len(expr) && isIdent(expr[i], true) {
					i++
				}
			}
		case isIdent(c, false):
			start := i
			for i < len(expr) && isIdent(expr[i], true) {
				i++
			}
			word := expr[start:i]
			next := strings.TrimLeft(expr[i:], " \t\n")
			switch {
			case labelListKeywords[word] && strings.HasPrefix(next, "("):
				i = skipTo(expr, len(expr)-len(next), ')')
			case strings.HasPrefix(next, "("), keywords[strings.ToLower(word)], labelListKeywords[word]:
				// a function, or a keyword
			case !seen[word]:
				seen[word] = true
				names = append(names, word)
			}
		case c >= '0' && c <= '9' || c == '.':
			// a number or a duration (1e3, 0.5, 5m): not a name even where letters follow
			for i < len(expr) && (isIdent(expr[i], true) || expr[i] == '.') {
				i++
			}
		default:
			i++
		}
	}
	return names
}

func isIdent(c byte, inner bool) bool {
	return c == '_' || c == ':' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || inner && c >= '0' && c <= '9'
}

// skipString returns the index after the string literal starting at i.
func skipString(s string, i int) int {
	q := s[i]
	for i++; i < len(s); i++ {
		switch {
		case s[i] == '\\' && q != '`':
			i++
		case s[i] == q:
			return i + 1
		}
	}
	return i
}

// skipTo returns the index after the first close at or after i outside a string literal.
func skipTo(s string, i int, close byte) int {
	for i++; i < len(s); {
		switch s[i] {
		case '"', '\'', '`':
			i = skipString(s, i)
		case close:
			return i + 1
		default:
			i++
		}
	}
	return i
}

// labelValues is Grafana's label_values(selector, label) variable query.
var labelValues = regexp.MustCompile(`^\s*label_values\((.*),\s*[a-zA-Z_][a-zA-Z0-9_]*\s*\)\s*$`)

// variableMetricNames returns the metric names a Grafana variable query selects.
func variableMetricNames(query string) []string {
	if m := labelValues.FindStringSubmatch(query); m != nil {
		return metricNames(m[1])
	}
	return metricNames(query)
}
