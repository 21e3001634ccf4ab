// Package mdtable renders the small GitHub-flavoured markdown tables of the benchmark report
// and formats the numbers in them.
package mdtable

import (
	"fmt"
	"strconv"
	"strings"
)

// Table is a markdown table: a header row and data rows of the same width.
type Table struct {
	Header []string
	Rows   [][]string
}

// Add appends a row.
func (t *Table) Add(cells ...string) { t.Rows = append(t.Rows, cells) }

// String renders the table, one line per row, with a trailing newline. Pipes in cells are
// escaped; short rows are padded with empty cells.
func (t *Table) String() string {
	var b strings.Builder
	row := func(cells []string) {
		b.WriteString("|")
		for i := range t.Header {
			c := ""
			if i < len(cells) {
				c = strings.ReplaceAll(cells[i], "|", `\|`)
			}
			b.WriteString(" " + c + " |")
		}
		b.WriteString("\n")
	}
	row(t.Header)
	b.WriteString("|")
	for range t.Header {
		b.WriteString("---|")
	}
	b.WriteString("\n")
	for _, r := range t.Rows {
		row(r)
	}
	return b.String()
}

// Int formats n with thousands separators: 1063559 -> "1,063,559".
func Int(n uint64) string {
	s := strconv.FormatUint(n, 10)
	if len(s) <= 3 {
		return s
	}
	var b strings.Builder
	lead := len(s) % 3
	if lead > 0 {
		b.WriteString(s[:lead])
	}
	for i := lead; i < len(s); i += 3 {
		if b.Len() > 0 {
			b.WriteByte(',')
		}
		b.WriteString(s[i : i+3])
	}
	return b.String()
}

// Float formats x with about three significant digits, without exponent for the ranges
// benchmarks produce: 0.5123 -> "0.512", 156.4 -> "156", 2.74 -> "2.74".
func Float(x float64) string {
	switch ax := abs(x); {
	case ax == 0:
		return "0"
	case ax >= 100:
		return strconv.FormatFloat(x, 'f', 0, 64)
	case ax >= 10:
		return strconv.FormatFloat(x, 'f', 1, 64)
	case ax >= 1:
		return strconv.FormatFloat(x, 'f', 2, 64)
	default:
		return strconv.FormatFloat(x, 'f', 3, 64)
	}
}

// Ratio formats a ratio as "12.3×".
func Ratio(x float64) string { return fmt.Sprintf("%s×", Float(x)) }

func abs(x float64) float64 {
	if x < 0 {
		return -x
	}
	return x
}
