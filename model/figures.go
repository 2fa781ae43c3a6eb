package model

import (
	"fmt"
	"strconv"
)

// Figure is one labelled figure of a network, formatted for people: the
// rows that the workspace's step 6, the Markdown report and the command
// line show, all from [MakeOrBuy.Figures], so that the same figure reads
// the same everywhere. Unknown figures read [UnknownFigure].
type Figure struct {
	// Key names the figure: the field of the verdict report's make_or_buy
	// where it has one ("join_cost"), else a key of its own ("vat_factor").
	Key   string
	Label string
	Value string
}

// Keys of the figures of [MakeOrBuy.Figures], in display order.
const (
	FigureHourlyRate          = "hourly_rate"
	FigureFees                = "fees"
	FigureVATFactor           = "vat_factor"
	FigureTaxFactor           = "tax_factor"
	FigureCashCost            = "cash_cost"
	FigureTimeCost            = "time_cost"
	FigureJoinCost            = "join_cost"
	FigureBuildHours          = "build_hours"
	FigureBuildCost           = "build_cost"
	FigureBenefit             = "benefit"
	FigureNetValue            = "net_value"
	FigureBreakEvenMonths     = "break_even_months"
	FigureBreakEvenHourlyRate = "break_even_hourly_rate"
	FigureChoice              = "choice"
)

// Figures lists the make-or-buy figures of SPEC.md 1.2 for people, with the
// VAT and tax factors spelled out and the break-even hourly rate said in
// words when building is cheaper at any rate.
func (m MakeOrBuy) Figures(currency string) []Figure {
	h := m.Horizon
	return []Figure{
		{FigureHourlyRate, figHourlyRate, m.HourlyRate.Format(currency)},
		{FigureFees, fmt.Sprintf(figFees, h), m.Fees.Format(currency)},
		{FigureVATFactor, figVATFactor, m.vatFactorText()},
		{FigureTaxFactor, figTaxFactor, m.taxFactorText()},
		{FigureCashCost, fmt.Sprintf(figCashCost, h), m.CashCost.Format(currency)},
		{FigureTimeCost, fmt.Sprintf(figTimeCost, h), m.TimeCost.Format(currency)},
		{FigureJoinCost, fmt.Sprintf(figJoinCost, h), m.JoinCost.Format(currency)},
		{FigureBuildHours, figBuildHours, m.buildHoursText()},
		{FigureBuildCost, fmt.Sprintf(figBuildCost, h), m.BuildCost.Format(currency)},
		{FigureBenefit, fmt.Sprintf(figBenefit, h), m.Benefit.Format(currency)},
		{FigureNetValue, figNetValue, m.NetValue.Format(currency)},
		{FigureBreakEvenMonths, figBreakEvenMonths, m.BreakEvenMonthsText()},
		{FigureBreakEvenHourlyRate, figBreakEvenRate, m.BreakEvenHourlyRateText(currency)},
		{FigureChoice, figChoice, m.Choice.Label()},
	}
}

// BreakEvenMonthsText is the break-even in months for people: "20.79
// months", or what is missing.
func (m MakeOrBuy) BreakEvenMonthsText() string {
	switch {
	case m.BreakEvenMonths.Known:
		return fmt.Sprintf(figMonths, m.BreakEvenMonths.String())
	case m.JoinCost.Known:
		return figNoGain
	}
	return UnknownFigure
}

// BreakEvenHourlyRateText is the break-even hourly rate for people: the
// rate, or in words that building is cheaper at any rate, or
// [UnknownFigure].
func (m MakeOrBuy) BreakEvenHourlyRateText(currency string) string {
	switch {
	case m.BreakEvenHourlyRate.Known:
		return fmt.Sprintf(figPerHour, m.BreakEvenHourlyRate.Format(currency))
	case m.BuildCheaperAtAnyRate:
		return figBuildCheaperAnyRate
	}
	return UnknownFigure
}

func (m MakeOrBuy) vatFactorText() string {
	if m.VATRate == 0 {
		return figFactorOne
	}
	return fmt.Sprintf(figVATApplied, formatDecimal(1+m.VATRate), formatDecimal(m.VATRate*100))
}

func (m MakeOrBuy) taxFactorText() string {
	if m.NonDeductibleTaxRate == 0 {
		return figFactorOne
	}
	return fmt.Sprintf(figTaxApplied, formatDecimal(m.NonDeductibleTaxRate))
}

func (m MakeOrBuy) buildHoursText() string {
	switch {
	case !m.BuildHoursKnown:
		return UnknownFigure
	case m.BuildFromPlan:
		return fmt.Sprintf(figBuildHoursPlan, m.BuildHours, m.BuildUpkeepHoursPerYear)
	}
	return fmt.Sprintf(figBuildHoursOwn, m.BuildHours, m.BuildUpkeepHoursPerYear)
}

// formatDecimal writes a rate or factor with at most four decimals and no
// trailing zeros: 1.19, 42, 0.4.
func formatDecimal(f float64) string {
	return strconv.FormatFloat(roundTo(f, 4), 'f', -1, 64)
}

// roundTo rounds f half away from zero to the given number of decimals,
// for display only.
func roundTo(f float64, decimals int) float64 {
	scale := 1.0
	for range decimals {
		scale *= 10
	}
	if f < 0 {
		return -float64(int64(-f*scale+0.5)) / scale
	}
	return float64(int64(f*scale+0.5)) / scale
}
