package mdtable

import "testing"

func TestTable(t *testing.T) {
	tb := Table{Header: []string{"a", "b"}}
	tb.Add("1", "x|y")
	tb.Add("2")
	want := "| a | b |\n|---|---|\n| 1 | x\\|y |\n| 2 |  |\n"
	if got := tb.String(); got != want {
		t.Fatalf("got\n%q\nwant\n%q", got, want)
	}
}

func TestNumbers(t *testing.T) {
	for _, tc := range []struct {
		got, want string
	}{
		{Int(0), "0"}, {Int(999), "999"}, {Int(1000), "1,000"}, {Int(594533), "594,533"}, {Int(1063559), "1,063,559"},
		{Float(0), "0"}, {Float(0.51234), "0.512"}, {Float(2.744), "2.74"}, {Float(15.66), "15.7"}, {Float(156.4), "156"},
		{Ratio(305.9), "306×"},
	} {
		if tc.got != tc.want {
			t.Errorf("got %q, want %q", tc.got, tc.want)
		}
	}
}
