package model

// DefaultRecruitingHoursPerSeat is the time SPEC.md 1.7 assumes it takes
// to find and win one person for a seat of the own network.
const DefaultRecruitingHoursPerSeat = 6

// OwnNetwork is the plan of the network the user would build themselves
// (SPEC.md 1.7): one per database. Its derived hours price the build side
// of every network whose own build hours are not estimated, and its
// ratings of the decisive factors decide whether build_own is advised.
type OwnNetwork struct {
	Goal        string `json:"goal"`
	TargetGroup string `json:"target_group"`
	// MeetingsPerYear, HoursPerMeeting and PrepHoursPerMeeting give the
	// upkeep; whole hours, like every estimate outside the ledger.
	MeetingsPerYear     int `json:"meetings_per_year"`
	HoursPerMeeting     int `json:"hours_per_meeting"`
	PrepHoursPerMeeting int `json:"prep_hours_per_meeting"`
	// RecruitingHoursPerSeat is the time to fill one seat.
	RecruitingHoursPerSeat int `json:"recruiting_hours_per_seat"`
	// Factors rate how well the plan would deliver each decisive factor.
	Factors FactorRatings `json:"factors"`
	Seats   []Seat        `json:"seats"`
}

// NewOwnNetwork returns an empty plan with the default recruiting hours.
func NewOwnNetwork() OwnNetwork {
	return OwnNetwork{RecruitingHoursPerSeat: DefaultRecruitingHoursPerSeat}
}

// BuildHours is the plan's build hours: seats × recruiting hours per seat.
// A plan without seats gives no build hours (ok is false): it does not yet
// say what would be built, and 0 hours would make building look free.
func (o OwnNetwork) BuildHours() (hours int, ok bool) {
	if len(o.Seats) == 0 {
		return 0, false
	}
	return len(o.Seats) * o.RecruitingHoursPerSeat, true
}

// UpkeepHoursPerYear is meetings per year × (hours per meeting +
// preparation hours per meeting).
func (o OwnNetwork) UpkeepHoursPerYear() int {
	return o.MeetingsPerYear * (o.HoursPerMeeting + o.PrepHoursPerMeeting)
}

// Rating returns the plan's rating of a decisive factor; Unset for any
// other key.
func (o OwnNetwork) Rating(k RatingKey) Rating {
	switch k {
	case FactorMentors:
		return o.Factors.Mentors
	case FactorTraining:
		return o.Factors.Training
	case FactorContractChances:
		return o.Factors.ContractChances
	}
	return Unset
}

// Shortfall is a decisive factor the plan rates lower than a network.
type Shortfall struct {
	Factor RatingKey
	// Plan is the plan's rating (Unset when not rated), Need the network's.
	Plan, Need Rating
}

// ShortOf lists, in the order of [FactorKeys], the decisive factors the
// plan rates lower than n ("at least as good", SPEC.md 1.4 step 3). An
// unset rating of the plan is lower than any rating; an unset rating of n
// asks for nothing.
func (o OwnNetwork) ShortOf(n Network) []Shortfall {
	var out []Shortfall
	for _, k := range FactorKeys {
		if need, have := n.Rating(k), o.Rating(k); have < need {
			out = append(out, Shortfall{Factor: k, Plan: have, Need: need})
		}
	}
	return out
}

// Seat is one place of the own network: a role (profession), what it gives
// the user and what the user gives it, the decisive factors it covers and
// the people considered for it.
type Seat struct {
	ID         string      `json:"id"`
	Role       string      `json:"role"`
	GivesMe    string      `json:"gives_me"`
	IGive      string      `json:"i_give"`
	Covers     []Cover     `json:"covers"`
	Candidates []Candidate `json:"candidates"`
}

// Filled reports whether one of the seat's candidates has committed.
func (s Seat) Filled() bool {
	for _, c := range s.Candidates {
		if c.Status == CandidateCommitted {
			return true
		}
	}
	return false
}

// Candidate is a person considered for a seat, with the user's ratings
// (1–5, or unset) of how they would fit.
type Candidate struct {
	ID          string          `json:"id"`
	Name        string          `json:"name"`
	Status      CandidateStatus `json:"status"`
	TargetGroup Rating          `json:"target_group"`
	Strengths   Rating          `json:"strengths"`
	Positioning Rating          `json:"positioning"`
	Chemistry   Rating          `json:"chemistry"`
	Reliability Rating          `json:"reliability"`
	Notes       string          `json:"notes"`
}

// CandidateRatingKeys are the export format's names of a candidate's
// ratings, in its order.
var CandidateRatingKeys = []string{"target_group", "strengths", "positioning", "chemistry", "reliability"}

// ratingPtr returns the candidate's rating stored under one of
// [CandidateRatingKeys], or nil.
func (c *Candidate) ratingPtr(key string) *Rating {
	switch key {
	case "target_group":
		return &c.TargetGroup
	case "strengths":
		return &c.Strengths
	case "positioning":
		return &c.Positioning
	case "chemistry":
		return &c.Chemistry
	case "reliability":
		return &c.Reliability
	}
	return nil
}
