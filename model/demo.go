package model

// The demo data set of `netvet demo`: a profile, six invented networks
// that between them use every kind, status-relevant checklist item, promise
// category and source, channel, answer, evidence level and warning sign,
// and reach each of the four verdicts, and a modest own-network plan. All
// names of networks, businesses and people are made up; any likeness to a
// real organisation is unintended.

// Demo returns the demo data as an export as of today: the profile, the
// networks and the own-network plan. Dates lie before today, so the data
// looks fresh whenever it is made; everything else is fixed. Network ids
// are empty (the store gives them); the ids of promises, interviews,
// evidence, seats and candidates are set so that they can be referred to.
//
// With the plan, the verdicts are: "Werkbank Süd Expertennetz" join, its
// scenarios fragile (with the results of the least successful similar
// member it would not pay for itself); "Gipfelrunde Mastermind" build_own
// (the plan is at least as good); "Lindenhof Empfehlungsrunde"
// keep_investigating (the checklist is incomplete); "Goldfeder Business
// Club" dont_join (deal-breakers);
// "Ideenschmiede Rheinaue e.V." dont_join (score below the threshold);
// and "Mentorenkreis Neckar" keep_investigating: building is cheaper, but
// the plan offers weaker mentors.
// Without the plan the Gipfelrunde is keep_investigating, with the next
// step to plan the own network.
//
// Two of them are joined, with a ledger (demo_membership.go): the
// Werkbank, a little over a year ago, whose review says renew; and the
// Ideenschmiede, almost two years ago, whose review says quit, with its
// cancel-by day 40 days after today. A joined network keeps its verdict:
// it says what the checklist says of the network today.
func Demo(today Date) Export {
	ago := func(days int) Date { return DateOf(today.Time().AddDate(0, 0, -days)) }
	p, plan := demoProfile(), demoPlan()
	return Export{
		ExportedAt: today.Time(),
		Profile:    &p,
		Networks: []Network{
			demoRenewing(today, p, &plan, demoJoin(ago)),
			demoBuildOwn(ago),
			demoKeepInvestigating(ago),
			demoDealBreaker(ago),
			demoQuitting(today, p, &plan, demoLowScore(ago)),
			demoMentorsAhead(ago),
		},
		OwnNetwork: &plan,
	}
}

func demoProfile() Profile {
	p := NewProfile()
	p.Name = "Jana Beispiel"
	p.Positioning = "UX research and service design for mid-sized manufacturers (Mittelstand) in southern Germany: I find out what their customers really need before they build it."
	p.TargetGroups = []string{"Mid-sized manufacturers", "Engineering firms", "B2B software vendors"}
	p.Strengths = []string{"User research", "Workshop facilitation", "Service blueprints", "German and English"}
	p.TargetAnnualIncome = 110_000_00
	p.PlannedHoursPerYear = 1500
	p.MarginalTaxRate = 0.42
	margin := 0.6
	p.ProfitMargin = &margin
	return p
}

// demoPlan is a modest plan of an own circle of four experts around
// manufacturers, its seats in every state: two filled by a committed
// candidate, one with candidates approached and at a one-to-one, one
// still empty, and one warning, for the seat the user gives nothing yet.
// It rates every decisive factor at least as high as the Gipfelrunde,
// but mentors lower than the Mentorenkreis.
func demoPlan() OwnNetwork {
	o := NewOwnNetwork()
	o.Goal = "A small circle of independent experts who bring each other into product projects at mid-sized manufacturers, and learn from one another."
	o.TargetGroup = "Mid-sized manufacturers (Mittelstand) in Baden-Württemberg"
	o.MeetingsPerYear, o.HoursPerMeeting, o.PrepHoursPerMeeting = 10, 3, 1
	o.Factors = FactorRatings{Mentors: 4, Training: 3, ContractChances: 3}
	o.Seats = []Seat{
		{
			ID: "s1", Role: "Retired head of product development (mentor)", GivesMe: "Mentoring on pricing, tenders and how R&D departments decide",
			IGive: "A view of current UX practice for the students he still teaches", Covers: []Cover{CoverMentors},
			Candidates: []Candidate{{ID: "c1", Name: "Dr. Helga Brandt", Status: CandidateCommitted, TargetGroup: 5, Strengths: 5, Positioning: 4, Chemistry: 5, Reliability: 5, Notes: "Agreed over coffee to join *if* we meet in Stuttgart."}},
		},
		{
			ID: "s2", Role: "Mechanical engineer, product development", GivesMe: "Introductions to R&D leads before a prototype is built",
			IGive: "User research that saves a prototype round", Covers: []Cover{CoverContracts},
			Candidates: []Candidate{
				{ID: "c2", Name: "Stefan Albrecht", Status: CandidateCommitted, TargetGroup: 5, Strengths: 4, Positioning: 4, Chemistry: 4, Reliability: 4},
				{ID: "c3", Name: "Ilse Vogt", Status: CandidateIdentified, TargetGroup: 4},
			},
		},
		{
			ID: "s3", Role: "Industrial designer", GivesMe: "Design projects that need research first, and a yearly design-thinking workshop",
			IGive: "Research findings that make the case for good design", Covers: []Cover{CoverContracts, CoverTraining},
			Candidates: []Candidate{
				{ID: "c4", Name: "Nils Ahrens", Status: CandidateOneToOne, TargetGroup: 4, Strengths: 5, Positioning: 4, Chemistry: 3, Notes: "Wants to see who else is in before he commits."},
				{ID: "c5", Name: "Claudia Reinholz", Status: CandidateApproached, Strengths: 4},
				{ID: "c6", Name: "Ben Carter", Status: CandidateDropped, Chemistry: 2, Notes: "Moved to Munich."},
			},
		},
		{
			ID: "s4", Role: "B2B sales trainer", GivesMe: "Training in selling research to engineers",
			Covers: []Cover{CoverTraining},
		},
	}
	return o
}

func demoMoney(units int64) *Money {
	m := MoneyFromMajor(units)
	return &m
}

func demoInt(v int) *int { return &v }

// demoJoin is complete, fits well, is cheaper than building an own
// network, pays for itself and scores above the threshold: join. With the
// contracts of the less successful similar member (6,000 € × 60 %) it
// would not pay for itself, so the verdict is fragile.
func demoJoin(ago func(int) Date) Network {
	n := NewNetwork()
	n.Name = "Werkbank Süd Expertennetz"
	n.Kind = KindExpertNetwork
	n.Status = StatusDecided
	n.Website = "https://werkbank-sued.example"
	n.Contact = "Office: Petra Lindqvist, +49 711 000000"
	n.Summary = "About 40 independent experts (design, engineering, IT, law) who refer manufacturing clients to each other.\n\nOne profession per seat; I would take the *user research* seat."
	n.EntryFee, n.AnnualFee = demoMoney(2500), demoMoney(1800)
	n.VATRate = 0.19
	n.ExtraCostsPerYear = MoneyFromMajor(600)
	n.MinTermYears = 1
	n.MembershipHoursPerYear = 48
	n.BuildHours = demoInt(450)
	n.BuildUpkeepHoursPerYear = 60
	n.ExpectedProfitPerYear = MoneyFromMajor(9000)
	n.OtherBenefitPerYear = MoneyFromMajor(1500)
	n.Fit = FitRatings{TargetGroupOverlap: 5, ComplementaryStrengths: 4, Positioning: 4, MyContribution: 4, Chemistry: 5}
	n.Factors = FactorRatings{Mentors: 4, Training: 4, ContractChances: 4}
	n.RatingNotes = "Contract chances only 4: the referrals go mostly to engineers, but two members like me got work in their first year."
	n.Warnings = []WarningSign{WarnExtraCosts}
	n.Promises = []Promise{
		{ID: "p1", Category: CategoryMentoring, Text: "Two mentoring sessions per quarter with a senior member", Source: SourceWebsite, MustHave: true},
		{ID: "p2", Category: CategoryContracts, Text: "Members refer contracts to each other (10 % finder's fee)", Source: SourceSalesTalk, MustHave: true},
		{ID: "p3", Category: CategoryTraining, Text: "Four expert workshops a year", Source: SourceBrochure, Documented: true, Notes: "Saw the programme for this year and last year's photos."},
		{ID: "p4", Category: CategoryMarketing, Text: "Profile in the member directory and the newsletter", Source: SourceWebsite},
	}
	n.Interviews = []Interview{
		{
			ID: "i1", Member: "Katrin Weißmüller", Business: "Weißmüller Industriedesign", MemberSince: 2019,
			Date: ago(40), Channel: ChannelCall, SimilarToMe: true,
			Answers: []Answer{
				{PromiseID: "p1", Answer: AnswerYes, Comment: "Her mentor helped her price her first framework contract."},
				{PromiseID: "p2", Answer: AnswerYes},
				{PromiseID: "p3", Answer: AnswerYes},
				{PromiseID: "p4", Answer: AnswerPartly, Comment: "Newsletter yes, directory is outdated."},
			},
			ContractsCount: 2, ContractsValue: MoneyFromMajor(14500), WouldJoinAgain: JoinAgainYes, Recommendation: demoInt(9),
			Notes: demoNotesWeissmueller,
		},
		{
			ID: "i2", Member: "Thomas O'Brien", Business: "O'Brien Technical Writing", MemberSince: 2021,
			Date: ago(33), Channel: ChannelInPerson, SimilarToMe: true, IntroducedByNetwork: true,
			Answers: []Answer{
				{PromiseID: "p1", Answer: AnswerYes},
				{PromiseID: "p2", Answer: AnswerYes, Comment: "Most of his work now comes through two engineers in the network."},
				{PromiseID: "p3", Answer: AnswerPartly, Comment: "Workshops are good, but one was cancelled."},
				{PromiseID: "p4", Answer: AnswerUnknown},
			},
			ContractsCount: 1, ContractsValue: MoneyFromMajor(6000), WouldJoinAgain: JoinAgainYes, Recommendation: demoInt(8),
			Notes: demoNotesOBrien,
		},
		{
			ID: "i3", Member: "Jörg Hämmerle", Business: "Hämmerle Prozessberatung", MemberSince: 2016,
			Date: ago(21), Channel: ChannelEvent,
			Answers: []Answer{
				{PromiseID: "p1", Answer: AnswerPartly, Comment: "Mentors are busy in spring."},
				{PromiseID: "p2", Answer: AnswerYes},
			},
			ContractsCount: 3, ContractsValue: MoneyFromMajor(22000), WouldJoinAgain: JoinAgainYes, Recommendation: demoInt(8),
			RedFlags: "Breakfast meetings cost extra (about 25 € each).",
			Notes:    demoNotesHaemmerle,
		},
	}
	n.Evidence = []Evidence{
		{ID: "e1", Description: "Usability study for a pump manufacturer, referred by a member", Beneficiary: "Katrin Weißmüller", SimilarToMe: true, Value: MoneyFromMajor(9500), Date: ago(150), Level: LevelDocumented, InterviewID: "i1"},
		{ID: "e2", Description: "Service blueprint for a machine-tool dealer", Beneficiary: "Thomas O'Brien", SimilarToMe: true, Value: MoneyFromMajor(6000), Date: ago(200), Level: LevelMemberReported, InterviewID: "i2"},
		{ID: "e3", Description: "Redesign of a customer portal, mentioned at the summer party", Beneficiary: "Fiona McAllister", Value: MoneyFromMajor(30000), Date: ago(90), Level: LevelHearsay},
	}
	return n
}

// demoBuildOwn is complete and fits, but joining costs more than building
// an equivalent network, and the own-network plan rates every decisive
// factor at least as high: build_own.
func demoBuildOwn(ago func(int) Date) Network {
	n := NewNetwork()
	n.Name = "Gipfelrunde Mastermind"
	n.Kind = KindMastermind
	n.Status = StatusInterviewing
	n.Website = "https://gipfelrunde.example"
	n.Contact = "Host: Dr. Bernd Sauerbier"
	n.Summary = "Eight owners of small consultancies meet monthly for a full day, plus two retreats a year."
	n.EntryFee, n.AnnualFee = demoMoney(6000), demoMoney(4800)
	n.VATRate = 0.19
	n.ExtraCostsPerYear = MoneyFromMajor(900)
	n.MinTermYears = 2
	n.MembershipHoursPerYear = 200
	n.BuildHours = demoInt(300)
	n.BuildUpkeepHoursPerYear = 40
	n.ExpectedProfitPerYear = MoneyFromMajor(8000)
	n.OtherBenefitPerYear = MoneyFromMajor(2400)
	n.Fit = FitRatings{TargetGroupOverlap: 3, ComplementaryStrengths: 4, Positioning: 4, MyContribution: 3, Chemistry: 4}
	n.Factors = FactorRatings{Mentors: 4, Training: 3, ContractChances: 2}
	n.Warnings = []WarningSign{WarnLongMinimumTerm, WarnAutoRenewal, WarnExtraCosts}
	n.Promises = []Promise{
		{ID: "p1", Category: CategoryMentoring, Text: "Monthly hot seat: the group works on your business for an hour", Source: SourceContract, MustHave: true},
		{ID: "p2", Category: CategoryEvents, Text: "Two retreats a year in the Alps", Source: SourceBrochure},
		{ID: "p3", Category: CategoryContracts, Text: "Introductions to the members' clients", Source: SourceSalesTalk},
		{ID: "p4", Category: CategoryOther, Text: "Shared accountability partner", Source: "phone call with the host"},
	}
	n.Interviews = []Interview{
		{
			ID: "i1", Member: "Sabine Krüger", Business: "Krüger Finanzcoaching", MemberSince: 2020,
			Date: ago(25), Channel: ChannelCall, SimilarToMe: true,
			Answers: []Answer{
				{PromiseID: "p1", Answer: AnswerYes, Comment: "The hot seat is the best part."},
				{PromiseID: "p2", Answer: AnswerYes},
				{PromiseID: "p3", Answer: AnswerNo, Comment: "Nobody really shares clients."},
				{PromiseID: "p4", Answer: AnswerYes},
			},
			WouldJoinAgain: JoinAgainYes, Recommendation: demoInt(8),
			Notes: demoNotesKrueger,
		},
		{
			ID: "i2", Member: "Michael Brennan", Business: "Brennan Brand Studio", MemberSince: 2022,
			Date: ago(18), Channel: ChannelWritten, IntroducedByNetwork: true,
			Answers: []Answer{
				{PromiseID: "p1", Answer: AnswerYes},
				{PromiseID: "p2", Answer: AnswerPartly, Comment: "One retreat was moved online."},
				{PromiseID: "p3", Answer: AnswerYes, Comment: "Got one job through a member."},
			},
			ContractsCount: 1, ContractsValue: MoneyFromMajor(4000), WouldJoinAgain: JoinAgainUnsure, Recommendation: demoInt(6),
			Notes: demoNotesBrennan,
		},
		{
			ID: "i3", Member: "Aylin Demir", Business: "Demir Personalentwicklung", MemberSince: 2018,
			Date: ago(12), Channel: ChannelInPerson,
			Answers: []Answer{
				{PromiseID: "p1", Answer: AnswerYes},
				{PromiseID: "p3", Answer: AnswerUnknown},
			},
			WouldJoinAgain: JoinAgainYes, Recommendation: demoInt(7),
			Notes: "Short talk after a meetup.\n\n- Hot seat: *very* useful for pricing questions.\n- The group is mostly coaches; nobody from manufacturing.",
		},
	}
	n.Evidence = []Evidence{
		{ID: "e1", Description: "Brand workshop for a member's client", Beneficiary: "Michael Brennan", Value: MoneyFromMajor(4000), Date: ago(120), Level: LevelMemberReported, InterviewID: "i2"},
	}
	return n
}

// demoKeepInvestigating lacks the annual fee, interviews and ratings:
// keep_investigating, with next steps. It has no build hours of its own;
// the plan's price its build side.
func demoKeepInvestigating(ago func(int) Date) Network {
	n := NewNetwork()
	n.Name = "Lindenhof Empfehlungsrunde"
	n.Kind = KindReferralChapter
	n.Status = StatusInterviewing
	n.Website = "https://lindenhof-runde.example"
	n.Contact = "Chapter lead: Uwe Kästner"
	n.Summary = "Weekly breakfast at 7:00 with about 25 local business owners; every member is expected to bring referrals."
	n.EntryFee = demoMoney(950)
	n.ExtraCostsPerYear = MoneyFromMajor(720)
	n.MembershipHoursPerYear = 120
	n.ExpectedProfitPerYear = MoneyFromMajor(5000)
	n.Fit = FitRatings{TargetGroupOverlap: 3, Chemistry: 4}
	n.Factors = FactorRatings{Training: 2}
	n.Warnings = []WarningSign{WarnPressureToSign, WarnExtraCosts, WarnAttendanceObligation, WarnQuotas}
	n.Promises = []Promise{
		{ID: "p1", Category: CategoryContracts, Text: "At least one qualified referral per month", Source: SourceSalesTalk, MustHave: true},
		{ID: "p2", Category: CategoryTraining, Text: "Ten-minute education slot every week", Source: SourceWebsite},
	}
	n.Interviews = []Interview{
		{
			ID: "i1", Member: "Renate Vogelsang", Business: "Vogelsang Immobilien", MemberSince: 2015,
			Date: ago(5), Channel: ChannelEvent, IntroducedByNetwork: true,
			Answers: []Answer{
				{PromiseID: "p1", Answer: AnswerUnknown, Comment: "She gets referrals, but for real estate, not for consulting."},
				{PromiseID: "p2", Answer: AnswerYes},
			},
			ContractsCount: 6, ContractsValue: MoneyFromMajor(12000), WouldJoinAgain: JoinAgainYes, Recommendation: demoInt(9),
			RedFlags: "The chapter lead wanted my signature *at the first breakfast*.",
			Notes:    demoNotesVogelsang,
		},
	}
	return n
}

// demoDealBreaker has must-have promises members say are not delivered and
// members who would not join again: dont_join.
func demoDealBreaker(ago func(int) Date) Network {
	n := NewNetwork()
	n.Name = "Goldfeder Business Club"
	n.Kind = KindOther
	n.Status = StatusDeclined
	n.Website = "https://goldfeder-club.example"
	n.Contact = "Sales: Marco Bellini"
	n.Summary = "Glossy club with events in hotels; sells \"guaranteed access to decision-makers\" and an online \"success academy\". My tax adviser doubts the office would accept the gala fees as business expenses."
	n.EntryFee, n.AnnualFee = demoMoney(4900), demoMoney(2400)
	n.VATRate = 0.19
	n.FeesNotDeductible = true
	n.ExtraCostsPerYear = MoneyFromMajor(1200)
	n.MinTermYears = 3
	n.MembershipHoursPerYear = 80
	n.BuildHours = demoInt(250)
	n.BuildUpkeepHoursPerYear = 40
	n.Fit = FitRatings{TargetGroupOverlap: 2, ComplementaryStrengths: 2, Positioning: 2, MyContribution: 3, Chemistry: 2}
	n.Factors = FactorRatings{Mentors: 1, Training: 2, ContractChances: 1}
	n.Warnings = []WarningSign{
		WarnPressureToSign, WarnAutoRenewal, WarnLongMinimumTerm, WarnNoTrial, WarnMembersNotFreeToTalk,
		WarnSellerEarnsFromFee, WarnNoDistanceLearning, WarnFeesNotRefundable,
	}
	n.Promises = []Promise{
		{ID: "p1", Category: CategoryContracts, Text: "Guaranteed introductions to 50 decision-makers a year", Source: SourceContract, MustHave: true},
		{ID: "p2", Category: CategoryEvents, Text: "Monthly gala evenings with keynote speakers", Source: SourceBrochure},
		{ID: "p3", Category: CategoryMentoring, Text: "A personal success coach", Source: SourceSalesTalk, MustHave: true},
	}
	n.Interviews = []Interview{
		{
			ID: "i1", Member: "Frank Zöllner", Business: "Zöllner IT-Service", MemberSince: 2022,
			Date: ago(60), Channel: ChannelCall, SimilarToMe: true,
			Answers: []Answer{
				{PromiseID: "p1", Answer: AnswerNo, Comment: "Three introductions in two years, all to other members."},
				{PromiseID: "p2", Answer: AnswerYes},
				{PromiseID: "p3", Answer: AnswerNo},
			},
			WouldJoinAgain: JoinAgainNo, Recommendation: demoInt(2),
			RedFlags: "Could not cancel: the contract renewed itself for another three years.",
			Notes:    demoNotesZoellner,
		},
		{
			ID: "i2", Member: "Emily Hartmann", Business: "Hartmann Übersetzungen", MemberSince: 2023,
			Date: ago(55), Channel: ChannelWritten,
			Answers: []Answer{
				{PromiseID: "p1", Answer: AnswerNo},
				{PromiseID: "p2", Answer: AnswerPartly, Comment: "Nice hotels, few potential clients."},
				{PromiseID: "p3", Answer: AnswerPartly, Comment: "The coach is the salesman."},
			},
			WouldJoinAgain: JoinAgainNo, Recommendation: demoInt(3),
		},
		{
			ID: "i3", Member: "Georg Pfister", Business: "Pfister & Söhne Metallbau", MemberSince: 2019,
			Date: ago(50), Channel: ChannelInPerson, IntroducedByNetwork: true,
			Answers: []Answer{
				{PromiseID: "p1", Answer: AnswerPartly},
				{PromiseID: "p2", Answer: AnswerYes},
			},
			WouldJoinAgain: JoinAgainUnsure, Recommendation: demoInt(5),
			Notes: "Introduced by the club. Polite, but he said twice that he \"is not supposed to talk about the contract terms\".",
		},
	}
	n.Evidence = []Evidence{
		{ID: "e1", Description: "A member supposedly won a six-figure deal at a gala", Value: MoneyFromMajor(100000), Date: ago(300), Level: LevelHearsay},
	}
	return n
}

// demoLowScore is complete, cheap and pays for itself, but fits only
// moderately and delivers little: its score stays below the threshold, so
// dont_join.
func demoLowScore(ago func(int) Date) Network {
	n := NewNetwork()
	n.Name = "Ideenschmiede Rheinaue e.V."
	n.Kind = KindAssociation
	n.Status = StatusResearching
	n.Website = "https://ideenschmiede-rheinaue.example"
	n.Contact = "info@ideenschmiede-rheinaue.example"
	n.Summary = "Regional association of creative freelancers: designers, photographers, copywriters. I joined for the free seminars on contracts and taxes."
	n.EntryFee, n.AnnualFee = demoMoney(0), demoMoney(240)
	n.MembershipHoursPerYear = 20
	n.BuildHours = demoInt(200)
	n.BuildUpkeepHoursPerYear = 30
	n.ExpectedProfitPerYear = MoneyFromMajor(1500)
	n.OtherBenefitPerYear = MoneyFromMajor(800)
	n.Fit = FitRatings{TargetGroupOverlap: 3, ComplementaryStrengths: 3, Positioning: 3, MyContribution: 3, Chemistry: 4}
	n.Factors = FactorRatings{Mentors: 2, Training: 3, ContractChances: 2}
	n.Warnings = []WarningSign{WarnNoProfessionExclusivity}
	n.Promises = []Promise{
		{ID: "p1", Category: CategoryTraining, Text: "Free seminars on contracts and taxes for freelancers", Source: SourceWebsite, MustHave: true},
		{ID: "p2", Category: CategoryContracts, Text: "Job board with commissions from regional companies", Source: SourceWebsite},
	}
	n.Interviews = []Interview{
		{
			ID: "i1", Member: "Lena Schröder", Business: "Schröder Fotografie", MemberSince: 2014,
			Date: ago(15), Channel: ChannelCall, SimilarToMe: true,
			Answers: []Answer{
				{PromiseID: "p1", Answer: AnswerYes},
				{PromiseID: "p2", Answer: AnswerNo, Comment: "The job board has two posts a year."},
			},
			ContractsCount: 1, ContractsValue: MoneyFromMajor(800), WouldJoinAgain: JoinAgainUnsure, Recommendation: demoInt(5),
			Notes: "Friendly people, **no manufacturing clients at all**. Good for the tax seminars, not for contracts.",
		},
		{
			ID: "i2", Member: "David Clarke", Business: "Clarke Copy", MemberSince: 2020,
			Date: ago(14), Channel: ChannelWritten,
			Answers: []Answer{
				{PromiseID: "p1", Answer: AnswerPartly},
				{PromiseID: "p2", Answer: AnswerNo},
			},
			WouldJoinAgain: JoinAgainUnsure, Recommendation: demoInt(4),
		},
		{
			ID: "i3", Member: "Miriam Aydın", Business: "Aydın Illustration", MemberSince: 2021,
			Date: ago(10), Channel: ChannelEvent, IntroducedByNetwork: true,
			Answers: []Answer{
				{PromiseID: "p1", Answer: AnswerYes},
				{PromiseID: "p2", Answer: AnswerPartly},
			},
			WouldJoinAgain: JoinAgainYes, Recommendation: demoInt(6),
		},
	}
	n.Evidence = []Evidence{
		{ID: "e1", Description: "Photo shoot for a bakery chain, from the job board", Beneficiary: "Lena Schröder", Value: MoneyFromMajor(800), Date: ago(240), Level: LevelMemberReported, InterviewID: "i1"},
	}
	return n
}

// demoMentorsAhead is complete and fits, and building an own network is
// cheaper than joining, but it offers better mentors (5 of 5) than the
// own-network plan (4 of 5): keep_investigating, with the next step to
// plan better mentors into the own network. It has no build hours of its
// own; the plan's price its build side.
func demoMentorsAhead(ago func(int) Date) Network {
	n := NewNetwork()
	n.Name = "Mentorenkreis Neckar"
	n.Kind = KindMastermind
	n.Status = StatusInterviewing
	n.Website = "https://mentorenkreis-neckar.example"
	n.Contact = "Coordinator: Ulrike Bachmann"
	n.Summary = "Retired executives of manufacturers mentor a dozen younger business owners, one to one, with a seminar every other month."
	n.EntryFee, n.AnnualFee = demoMoney(3500), demoMoney(3000)
	n.VATRate = 0.19
	n.ExtraCostsPerYear = MoneyFromMajor(400)
	n.MinTermYears = 1
	n.MembershipHoursPerYear = 90
	n.ExpectedProfitPerYear = MoneyFromMajor(6000)
	n.OtherBenefitPerYear = MoneyFromMajor(3000)
	n.Fit = FitRatings{TargetGroupOverlap: 4, ComplementaryStrengths: 4, Positioning: 4, MyContribution: 3, Chemistry: 4}
	n.Factors = FactorRatings{Mentors: 5, Training: 3, ContractChances: 3}
	n.RatingNotes = "The mentors are the best I have met; the seminars are ordinary."
	n.Promises = []Promise{
		{ID: "p1", Category: CategoryMentoring, Text: "A personal mentor from a former manufacturing executive, once a month", Source: SourceBrochure, MustHave: true},
		{ID: "p2", Category: CategoryTraining, Text: "Six evening seminars a year", Source: SourceWebsite},
		{ID: "p3", Category: CategoryContracts, Text: "Introductions to the mentors' former companies", Source: SourceSalesTalk},
	}
	n.Interviews = []Interview{
		{
			ID: "i1", Member: "Carsten Wiegand", Business: "Wiegand Prüftechnik-Beratung", MemberSince: 2021,
			Date: ago(30), Channel: ChannelCall, SimilarToMe: true,
			Answers: []Answer{
				{PromiseID: "p1", Answer: AnswerYes, Comment: "His mentor rewrote his offer for a tender with him."},
				{PromiseID: "p2", Answer: AnswerPartly},
				{PromiseID: "p3", Answer: AnswerYes},
			},
			ContractsCount: 1, ContractsValue: MoneyFromMajor(8000), WouldJoinAgain: JoinAgainYes, Recommendation: demoInt(8),
			Notes: "Found him on the member list myself. **The mentoring is the point**; contracts are a side effect.",
		},
		{
			ID: "i2", Member: "Petra Sommerfeld", Business: "Sommerfeld Technische Dokumentation", MemberSince: 2019,
			Date: ago(22), Channel: ChannelInPerson, IntroducedByNetwork: true,
			Answers: []Answer{
				{PromiseID: "p1", Answer: AnswerYes},
				{PromiseID: "p2", Answer: AnswerYes},
				{PromiseID: "p3", Answer: AnswerPartly, Comment: "One introduction in three years."},
			},
			ContractsCount: 1, ContractsValue: MoneyFromMajor(5000), WouldJoinAgain: JoinAgainYes, Recommendation: demoInt(9),
		},
		{
			ID: "i3", Member: "Yusuf Kaya", Business: "Kaya Automatisierung", MemberSince: 2022,
			Date: ago(16), Channel: ChannelEvent,
			Answers: []Answer{
				{PromiseID: "p1", Answer: AnswerYes},
				{PromiseID: "p3", Answer: AnswerNo},
			},
			WouldJoinAgain: JoinAgainUnsure, Recommendation: demoInt(7),
		},
	}
	return n
}

// Interview notes of the demo, in Markdown as a user would write them.
const (
	demoNotesWeissmueller = `Called Katrin for 45 minutes. She found the network herself through a trade fair, so **not** a contact the office picked for me.

## What she gets out of it

- Two framework contracts in the last year, both from engineers in the network.
- Her mentor (a retired head of product development) reviewed her offer and told her to charge *more*.
- The workshops are "worth the trip"; the one on tenders was excellent.

## What bothers her

The directory is out of date and nobody reads the newsletter. Breakfasts cost extra.

> "If you bring something the engineers cannot do themselves, they will send you work."

Follow-up: ask for the finder's fee rules in writing.`

	demoNotesOBrien = `Met Thomas at the network's open evening in Stuttgart. He was **introduced by the office**, so I take his enthusiasm with a pinch of salt.

Still, the details were concrete:

1. His first contract came after four months.
2. He pays the 10 % finder's fee without complaint; it is invoiced by the member, not the network.
3. He confirmed what Katrin Weißmüller said about the mentoring.

Language: he works in English only and it has not been a problem.`

	demoNotesHaemmerle = `Short chat at the summer event, then a call.

Jörg has been a member since 2016 and is one of the founders of the referral rules. He says the network is *strict* about one seat per profession, which protects me.

- Three contracts last year, around 22.000 €.
- Mentors are available, but "not in March, everyone is writing offers then".
- He warned me that the breakfasts add up: about 25 € each, twice a month.`

	demoNotesKrueger = `Sabine runs a finance coaching business for founders. Very open.

**Good:** the monthly hot seat changed how she prices; the retreats are intense and useful.

**Not so good:** contracts almost never come from the group. "We are all consultants selling to the same people."

Her advice: *join for the mentoring, not for the money.*`

	demoNotesBrennan = `Answered by e-mail, quite briefly.

- Got one branding job through a member's client.
- Thinks the fee is "steep for what it is".
- The minimum term of two years renews automatically unless you cancel three months ahead.`

	demoNotesVogelsang = `Met Renate at my first breakfast as a guest. She is the chapter's top referrer and clearly loves it.

She could not say whether consultants get referrals: the chapter has no one in UX or research yet. I need to talk to a member **like me** before I decide.

Open questions:

1. What does the annual fee cost? The flyer only shows the entry fee.
2. Is there a trial period?
3. How many hours does it take, really? Weekly breakfast plus "one-to-ones".`

	demoNotesZoellner = `Frank contacted me after seeing my question in a forum — found him myself.

He is **angry**:

- The "guaranteed introductions" were three names in two years, all of them other members.
- The "success coach" is the same person who sold him the membership.
- His contract renewed itself for three years because he missed the cancellation date by a week.

He would *never* join again and says several members feel the same but are "not free to talk".`
)
