package bench

import (
	"cmp"
	"errors"
	"fmt"
	"image/color"
	"math"
	"os"
	"slices"
	"strconv"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/plotter"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
	"gonum.org/v1/plot/vg/vgimg"
)

// latencyPlot is the plot's file name in the results folder.
const latencyPlot = "latency.png"

// errNoLatency: no point has a latency to draw (every network collapsed or failed).
var errNoLatency = errors.New("plot: no latency measured")

// series is one line of the plot.
type series struct {
	system string
	label  string
	pick   func(Percentiles) *float64
	color  color.Color
	dashed bool
}

var plotSeries = []series{
	{systemLockstep, "Lockstep p50", func(p Percentiles) *float64 { return p.P50 }, color.RGBA{R: 0x1f, G: 0x77, B: 0xb4, A: 0xff}, false},
	{systemLockstep, "Lockstep p99", func(p Percentiles) *float64 { return p.P99 }, color.RGBA{R: 0x1f, G: 0x77, B: 0xb4, A: 0xff}, true},
	{systemBaseline, "CometBFT p50", func(p Percentiles) *float64 { return p.P50 }, color.RGBA{R: 0xff, G: 0x7f, B: 0x0e, A: 0xff}, false},
	{systemBaseline, "CometBFT p99", func(p Percentiles) *float64 { return p.P99 }, color.RGBA{R: 0xff, G: 0x7f, B: 0x0e, A: 0xff}, true},
}

// latencyXYs are one series' points at size n, by offered load (every phase): at a load
// measured more than once (the comparison phase's repeats), the median, as in the table.
func latencyXYs(points []*Point, s series, n int) plotter.XYs {
	byLoad := map[int][]*float64{}
	for _, p := range points {
		if p.System == s.system && p.Validators == n {
			byLoad[p.Offered] = append(byLoad[p.Offered], s.pick(p.Latency))
		}
	}
	var xys plotter.XYs
	for load, vs := range byLoad {
		if v := medianMs(vs); v != nil && *v > 0 {
			xys = append(xys, plotter.XY{X: float64(load), Y: *v})
		}
	}
	slices.SortFunc(xys, func(a, b plotter.XY) int { return cmp.Compare(a.X, b.X) })
	return xys
}

// writeLatencyPlot draws latency percentiles against offered load, one panel per network size
// with any latency measured, into a PNG at path.
func writeLatencyPlot(res *OrderingResult, path string) (err error) {
	var sizes []int
	for _, n := range res.Config.Validators {
		if slices.ContainsFunc(plotSeries, func(s series) bool { return len(latencyXYs(res.Points, s, n)) > 0 }) {
			sizes = append(sizes, n)
		}
	}
	if len(sizes) == 0 {
		return errNoLatency
	}
	defer func() { // gonum panics on data it cannot draw; the report goes on without the plot
		if r := recover(); r != nil {
			err = fmt.Errorf("plot: %v", r)
		}
	}()
	plots := [][]*plot.Plot{make([]*plot.Plot, len(sizes))}
	for i, n := range sizes {
		p := plot.New()
		p.Title.Text = fmt.Sprintf("%d validators", n)
		p.X.Label.Text = "offered load (tx/s)"
		p.Y.Label.Text = "soft-confirmation latency (ms)"
		p.Y.Scale = plot.LogScale{}
		p.Y.Tick.Marker = ticks125{}
		p.X.Min = 0
		p.X.Tick.Marker = plot.TickerFunc(func(lo, hi float64) []plot.Tick {
			ts := plot.DefaultTicks{}.Ticks(lo, hi)
			for i := range ts {
				if ts[i].Label != "" {
					ts[i].Label = strconv.FormatFloat(ts[i].Value, 'f', -1, 64)
				}
			}
			return ts
		})
		p.Add(plotter.NewGrid())
		p.Legend.Top = true
		p.Legend.Left = true
		ymax := 0.0
		for _, s := range plotSeries {
			xys := latencyXYs(res.Points, s, n)
			if len(xys) == 0 {
				continue
			}
			for _, xy := range xys {
				ymax = max(ymax, xy.Y)
				p.X.Max = max(p.X.Max, xy.X*1.05)
			}
			line, pts, err := plotter.NewLinePoints(xys)
			if err != nil {
				return fmt.Errorf("plot: %w", err)
			}
			line.Color, pts.Color = s.color, s.color
			line.Width = vg.Points(1.5)
			if s.dashed {
				line.Dashes = []vg.Length{vg.Points(5), vg.Points(3)}
				pts.Shape = draw.TriangleGlyph{}
			}
			p.Add(line, pts)
			p.Legend.Add(s.label, line, pts)
		}
		// Room above the lines for the legend (the scale is logarithmic).
		p.Y.Max = ymax * 6
		plots[0][i] = p
	}
	img := vgimg.New(vg.Length(len(sizes))*11*vg.Centimeter, 9*vg.Centimeter)
	dc := draw.New(img)
	tiles := draw.Tiles{Rows: 1, Cols: len(sizes), PadX: vg.Centimeter, PadTop: vg.Millimeter * 3, PadBottom: vg.Millimeter * 3, PadLeft: vg.Millimeter * 3, PadRight: vg.Millimeter * 5}
	canvases := plot.Align(plots, tiles, dc)
	for i, p := range plots[0] {
		p.Draw(canvases[0][i])
	}
	f, err := os.Create(path)
	if err != nil {
		return fmt.Errorf("plot: %w", err)
	}
	_, err = vgimg.PngCanvas{Canvas: img}.WriteTo(f)
	return errors.Join(err, f.Close())
}

// ticks125 marks a logarithmic axis at 1, 2 and 5 times the powers of ten, labelled.
type ticks125 struct{}

func (ticks125) Ticks(lo, hi float64) []plot.Tick {
	var out []plot.Tick
	for dec := math.Pow(10, math.Floor(math.Log10(max(lo, 1e-3)))); dec <= hi; dec *= 10 {
		for _, m := range []float64{1, 2, 5} {
			if v := m * dec; v >= lo && v <= hi {
				out = append(out, plot.Tick{Value: v, Label: strconv.FormatFloat(v, 'f', -1, 64)})
			}
		}
	}
	return out
}
