"""Generate tests/data/analysis_train13.jsonl, training set 13 of the analysis engine.

Written on 2026-12-02 by the writer ``train13``, for training the statistical
tagger of personal data (not for scoring). Read: COMMON.md, the codebook
(shared/design/codebook.md), the marking conventions of blind set 11 (its
module docstring) and tests/data/gold_marks.py, whose helpers are imported.
The engine (msc/) and the stories of other sets were not used.

Composition: 60 fictional stories in English (lang "en"), 80-250 words,
1-3 gold themes each: 46 prose and form texts (``t13-en-NN``) set in the UK
and Ireland (London, Leeds, Bradford, Manchester, Birmingham, Cardiff,
Glasgow, Belfast, Dublin, Bristol, Nottingham, Liverpool, Sheffield,
Newcastle, Edinburgh) and a few written by English-speaking staff in
Morocco and France; 14 SMS/WhatsApp threads (``t13-sms-NN``) with a sender
label on every line, lowercase names and nicknames. Registers: first-person
accounts, caseworkers' and outreach notes, outreach logs with times, Q/A
transcripts, minutes with attendance lists, referral forms with fields,
e-mails with From/To headers, letters to a court and to a GP, helpline
sheets and voice-note transcriptions.

What it brings: many names per story (six or more PER mentions on average)
of the origins UK services meet (English, Scottish, Welsh, Irish, Jamaican,
Nigerian, Ghanaian, Somali, Eritrean, Sudanese, Kurdish, Iranian, Afghan,
Pakistani, Bangladeshi, Indian, Chinese, Vietnamese, Thai, Filipino,
Polish, Romanian, Lithuanian, Albanian, Brazilian, Roma, trans women's
chosen names), written as full names, first names, surnames after a title,
initials, nicknames, possessives, lists and form fields; names that are
also words (Hope, Faith, Grace, Joy, Summer, Dawn, Amber, Ruby, Crystal,
Destiny, Blessing, Patience, Precious, Sunny, Rich) used as names and,
unmarked, as words; many unmarked negatives (services, hospitals and
clinics named after people or places, nationalities, cities, days,
emergency numbers, dates, amounts, room numbers, law names); UK, Irish,
French and Moroccan phones; plain and obfuscated e-mails; IDs of many
kinds (NHS, National Insurance, Home Office, crime, NRM, passport, BRP,
clinic, tenancy, court, Irish PPS).

Personal data is marked inline as ``{LABEL:text}``; physical lines are
joined with one space, a line ending in `` |`` keeps a newline. Marking
conventions: exactly those of blind set 11 (see its module docstring): the
name only, never the title or kinship word; a place with its cue, without
the article, a numbered address with its flat details; the whole phone or
e-mail as written; an ID without its cue. All people, numbers, addresses
and e-mail domains are invented; real streets and neighbourhoods are used.

Run:  cd tests/data && python make_analysis_train13.py
"""
from __future__ import annotations

from pathlib import Path

from gold_marks import THEMES, write_set

ROWS = 60
PREFIX = "t13-"


# (id, lang, marked source, gold themes)
STORIES: list[tuple[str, str, str, list[str]]] = []

# ---------------------------------------------------------------- prose and forms (46)
STORIES += [
    ("t13-en-01", "en", """
My name is {PER:Adaeze} but in the house in {LOC:Harehills} everybody called me {PER:Daisy}. I came from
Benin City in 2023 with a girl called {PER:Osas}, and a woman we called Mama {PER:Joy} told us we owed
her £35,000 for the journey. There was no joy in that house. {PER:Osas} tried to leave once and Mama
{PER:Joy}'s boyfriend, {PER:Kelvin}, locked her in the back room for two days. I worked every night in a
flat on {LOC:Roundhay Road} and never saw a penny. In March a woman from the outreach van,
{PER:Bernie Walsh}, wrote a number on the inside of a lipstick box, {PHONE:0113 496 0721}. When I
finally rang, {PER:Bernie} came with a police officer, DC {PER:Amira Hussain}, and they drove me to a
safe house outside Leeds. My NRM reference is {ID:NRM-26-0418873}. Now I sleep without the door
locked, and {PER:Osas} is safe in Sheffield too.
""", ["trafficking", "violence_economic", "housing"]),
    ("t13-en-02", "en", """
Outreach log, Tuesday 14 October, Bradford. Workers: {PER:Shazia Akhtar}, {PER:Tom Pritchard}. |
21:05 Left the office on {LOC:Manningham Lane}. Van stocked: condoms, lube, 40 foil packs, sandwiches. |
21:30 {LOC:Lumb Lane}: {PER:Kayleigh} and {PER:Shannon B.} Both fine. {PER:Kayleigh} asked about PrEP, booked
her for Thursday. |
22:10 Car park behind the {LOC:Bermuda Inn pub}. New woman, says her name is {PER:Roxy}, Romanian,
maybe 20. Quiet, watched by a man in a grey Audi. Gave her the card with the helpline {PHONE:01274 496 018}. |
22:45 {PER:Dawn Hirst} flagged us down on {LOC:Thornton Road}; a punter called himself {PER:Gaz} refused to
pay and pushed her out of the car. Grazed hands, no other injuries. Added to Ugly Mugs. |
23:20 {PER:Shannon B.} came back for more condoms. Said {PER:Roxy} went off in the Audi. |
23:50 Back at base. {PER:Tom} to follow up with {PER:Dawn} on Wednesday at the drop-in.
""", ["hiv_prevention", "violence_economic", "violence_physical"]),
    ("t13-en-03", "en", """
REFERRAL FORM – Independent Sexual Violence Advisor service, Manchester |
Name: {PER:Thi Hoa} |
Surname: {PER:Nguyen} |
Known as: {PER:Hoa} |
DOB: 02/09/1998 |
Address: {LOC:Flat 6, 41 Great Western Street} |
Tel: {PHONE:07700 900 836} |
NHS number: {ID:485 777 3456} |
Interpreter needed: yes, Vietnamese |
Referrer: {PER:Ruth Okonkwo}, nail bar outreach, Saint Mary's Sexual Assault Referral Centre |
Reason for referral: {PER:Hoa} worked in a nail bar in {LOC:Rusholme} owned by a man she knows as
{PER:Anh Tuan}. She reports that he and his cousin {PER:Minh} raped her in the flat above the shop in
August. She has had forensic tests and emergency contraception at Saint Mary's. She does not want to
speak to police yet. She is frightened that {PER:Anh Tuan} holds her passport. |
Consent to share with GP (Dr {PER:Farooqi}): yes |
Signed: {PER:R. Okonkwo}, 17/10/2026
""", ["violence_sexual", "reproductive_health", "trafficking"]),
    ("t13-en-04", "en", """
From: {PER:Gráinne Kelly} <{EMAIL:grainne.kelly@sweetspot-dublin.ie}> |
To: {PER:Marta Wiśniewska} <{EMAIL:m.wisniewska@harbourlight-support.ie}> |
Subject: {PER:Aleksandra} – GP registration |
Hi {PER:Marta}, |
Quick update on {PER:Aleksandra Zielińska}. She came to the drop-in on {LOC:Gardiner Street} yesterday
with her friend {PER:Ewa}. She has been bleeding between periods and had pain for weeks but the
surgery in {LOC:Phibsborough} told her she could not register without a PPS number. She does have one,
{ID:8812734TA}, she just did not have the card. I rang them and the receptionist, a {PER:Siobhán}, said
she could come on Friday. Could you go with her? She trusts you more than me. {PER:Ewa} has offered to
mind her little lad, {PER:Kuba}. |
Her mobile is {PHONE:+353 87 555 0142}, but text first, she does not answer unknown numbers. |
Thanks a million, |
{PER:Gráinne}
""", ["access_to_care", "reproductive_health"]),
    ("t13-en-05", "en", """
Q: Can you tell me how you came to the group? |
A: It was {PER:Precious} who brought me. She lives two doors down from me in {LOC:Moss Side}. For a year
I didn't talk to anyone except clients. |
Q: What was that year like? |
A: Lonely. My sister {PER:Blessing} is in Lagos, my son was with his dad. I used to sit in the kitchen
and count the tiles. {PER:Precious} knocked one day with jollof rice and said, you are coming with me on
Wednesday. |
Q: And the Wednesday group? |
A: There were six of us the first time. {PER:Chioma}, {PER:Lola}, {PER:Tendai}, a Polish girl called
{PER:Gosia}, {PER:Precious} and me. Nobody asked me stupid questions. {PER:Tendai} said, here we are all the
same. That was precious to me, really. |
Q: What has changed? |
A: I go every week. When a man took my phone in September, {PER:Lola} came with me to the police
station. I am not alone now.
""", ["peer_support", "social_isolation"]),
    ("t13-en-06", "en", """
Caseworker note – {PER:Niamh Doherty}, 9 November, Belfast. |
Met {PER:Elira Hoxha} at the women's centre on {LOC:Donegall Pass}. {PER:Elira} is 27, Albanian, and was
brought to Belfast by a man she calls {PER:Genti}, who she thought was her boyfriend. He put her in a flat
at {LOC:22 University Avenue} and advertised her online. When she refused a client he hit her with a belt;
she showed me marks on her back. She left on Sunday with help from a neighbour, Mrs {PER:McCann}, who
let her use her phone. |
Referred to the Department of Justice support service. PSNI officer, DC {PER:Lennon}, has opened a case,
crime reference {ID:CW/1472/26}. {PER:Elira} has no documents; {PER:Genti} kept her passport,
number {ID:BE7730194}, which she remembered. |
Next step: solicitor appointment with Ms {PER:Quigley} on Thursday; interpreter {PER:Besa} booked.
""", ["trafficking", "violence_physical", "legal_support"]),
    ("t13-en-07", "en", """
I am writing this for the new girls. My name is {PER:Summer}, I am 31 and I have been working on and off
in Cardiff for nine years. Last summer I found out I was HIV positive. I found out because {PER:Gethin}
from the clinic at the Royal Infirmary came to the sauna on {LOC:Clifton Street} with a testing kit, and
I only did it because {PER:Ceri} and {PER:Jodie} dared me. I thought my life was over. I didn't tell
anyone except my nan. {PER:Gethin} sat with me for an hour. Then a nurse called {PER:Bethan Pugh} started
me on tablets. Now I take one a day and my viral load is undetectable, which means I can't pass it on.
I told {PER:Jodie} in the end and she just hugged me. If {PER:Gethin} comes to your place, do the test. It
is ten minutes.
""", ["hiv_sti_testing", "hiv_care"]),
    ("t13-en-08", "en", """
Minutes – peer support group, Glasgow, Thursday 6 November |
Present: {PER:Morag Campbell} (facilitator), {PER:Kirsty}, {PER:Leanne McAllister}, {PER:Hope Adjei},
{PER:Yasmin}, {PER:Dorota} |
Apologies: {PER:Shona}, {PER:Faith} |
1. Check-in. {PER:Leanne} had a good week; she has a start date for the cleaning job at a hotel in the
city centre. {PER:Hope} said she had little hope of getting her asylum decision before Christmas. |
2. Safety. {PER:Kirsty} reported a man in a silver van on {LOC:Glasgow Street} in {LOC:Anderston} who
tries to take women to {LOC:Govanhill}. Description shared. {PER:Yasmin} suggested we use the buddy
system again. |
3. Money. {PER:Dorota} asked about Universal Credit. {PER:Morag} will book her in with Citizens Advice. |
4. AOB. {PER:Faith}'s birthday on Saturday; {PER:Leanne} is bringing a cake. |
Next meeting: Thursday 13 November, same room (Room 4).
""", ["peer_support", "income_employment"]),
    ("t13-en-09", "en", """
To the District Judge, Family Court at Birmingham |
Case number: {ID:BM26P01187} |
Re: {PER:Sadia Begum} |
I am {PER:Helen Marsh}, senior support worker at the women's project, and I have known Ms {PER:Begum}
since February 2025. She was referred to us by her GP, Dr {PER:Chaudhry}, after her husband, Mr
{PER:Imran Hussain}, forced her out of the family home on {LOC:Coventry Road} in {LOC:Small Heath} and kept
their two children, {PER:Zara} and {PER:Ayaan}. |
Since then {PER:Sadia} has attended every session, completed the Freedom Programme and moved into a
one-bedroom flat with a secure tenancy. Contact with the children has been supervised at the contact
centre in {LOC:Sparkhill}, and the staff there report that {PER:Zara} and {PER:Ayaan} run to her. |
I support her application for the children to live with her. |
Yours faithfully, |
{PER:Helen Marsh}
""", ["family_law", "family_relations", "legal_support"]),
    ("t13-en-10", "en", """
Helpline sheet – evening line. Call taken by {PER:Priya Raman}, 22:40, 40 minutes. |
Caller: gives her name as {PER:Crystal}, works from a flat in {LOC:Hockley}, Nottingham. |
Callback: {PHONE:0115 496 0387} (her own landline, OK to leave a message). |
{PER:Crystal} said a regular, {PER:Darren}, has been coming round drunk and saying he will tell her daughter's
school what she does. He sent a photo of her front door with the crystal vase in the window to show he
knows where she lives. She is scared for her daughter, {PER:Mia}. |
Advice given: log every message; report on 101 or 999 if he comes to the door; we can help her apply
for a non-molestation order. Gave number of the solicitor, {PER:Andrew Bell}, and the National Ugly Mugs
reporting line. |
{PER:Crystal}'s friend {PER:Nikki} is with her tonight. Follow-up call booked with {PER:Priya} on Friday.
""", ["violence_psychological", "legal_support"]),
]
STORIES += [
    ("t13-en-11", "en", """
Voice note transcribed by {PER:Rachel} (outreach, Bristol), 3 December, 1 min 52. |
"Hiya {PER:Rach}, it's {PER:Amber}. Sorry it's late. Listen, I went to the clinic at Unity Sexual Health
like you said, and {PER:Lorraine} there did all the tests, bloods and swabs and everything. She rang this
morning, it's chlamydia, and gonorrhoea as well, so I've got to go back Friday for the injection and the
tablets. I'm alright about it, honestly, better to know. {PER:Lorraine} said {PER:Kels} should go too
'cause we share the flat on {LOC:Ashley Road} and the same regulars. I'll tell her. Oh and the traffic
lights on {LOC:Stapleton Road} were on amber for ages and this fella in a Golf was shouting at me, his
name's {PER:Dean}, he's the one who was on the list. Anyway. My new number is {PHONE:07700 900 254}.
Tell {PER:Mags} I said hi. Ta-ra."
""", ["hiv_sti_testing", "sti_care"]),
    ("t13-en-12", "en", """
I was born {PER:Daniel} in Salvador and I have been {PER:Luana} since I was seventeen. In London I
worked from a flat in {LOC:Vauxhall} with two other travestis, {PER:Bianca} and {PER:Kiki Santos}. The
doctor at the first surgery I tried kept calling me Mr {PER:Oliveira} in front of the whole waiting
room, so I never went back. For four years I bought hormones from a guy called {PER:Rodrigo} on
WhatsApp. Then {PER:Bianca} took me to the Mortimer Market Centre and a nurse, {PER:Jess Adeyemi},
asked me first what name I use. I cried in the room. Now I have my hormones checked properly and a
GP who writes {PER:Luana Oliveira} on every letter. {PER:Kiki} says I walk taller. My NHS number
{ID:721 448 9035} is on the new card with my real name. It sounds like a small thing, but it is not.
""", ["stigma_discrimination", "access_to_care", "self_esteem"]),
    ("t13-en-13", "en", """
Case conference – {PER:Amina Warsame}, Thursday, east London. |
Attendance: {PER:Joanne Fitzgerald} (chair, women's project), {PER:Abdirahman Osman} (interpreter,
Somali), PC {PER:Lewis Grant}, {PER:Yewande Bakare} (housing officer), {PER:Amina}'s caseworker
{PER:Ifrah}. |
Summary: {PER:Amina} (24) fled her brother-in-law, {PER:Hassan Warsame}, who beat her and took the money
she earned. She sleeps on a friend's sofa at {LOC:Flat 11, Nightingale House, Clapton Square}. |
PC {PER:Grant} confirmed crime reference {ID:CAD 4417/02DEC26}. {PER:Hassan} was arrested and bailed
with a condition not to enter {LOC:Mare Street}. |
Ms {PER:Bakare} said {PER:Amina} is owed a homelessness assessment; her tenancy reference on the
waiting list is {ID:HK-TEN-208713}. |
Actions: {PER:Ifrah} to take {PER:Amina} to the Homerton University Hospital for a check-up on her wrist; {PER:Joanne} to
chase the refuge space.
""", ["violence_physical", "housing", "violence_economic"]),
    ("t13-en-14", "en", """
From: {PER:Sophie Marchetti} <{EMAIL:sophie.m [at] pont-des-femmes (dot) fr}> |
To: {PER:Kate Lindqvist} <{EMAIL:kate@northbridge-outreach.org.uk}> |
Subject: Nigerian woman moving from Bordeaux to Leeds |
Dear {PER:Kate}, |
I work with the outreach team in Bordeaux and write in English for our colleague {PER:Patience Omoregie}.
{PER:Patience} has been with us since 2024; she worked on the {LOC:quai de Paludate} and lived in a
squat in {LOC:Bacalan}. She got her papers through the anti-trafficking procedure and is now going to
her cousin {PER:Osaro} in Leeds. She has patience, but she is tired. |
She is on ARVs and stable. Her last viral load was undetectable. She must not break her treatment
during the move. Could your team help her register with a GP and an HIV clinic? The doctor here, Dr
{PER:Lemoine}, has written a summary. |
Her French mobile {PHONE:+33 6 12 48 90 37} will work until January. |
Best wishes, |
{PER:Sophie}
""", ["hiv_care", "access_to_care"]),
    ("t13-en-15", "en", """
I'm {PER:Kerry-Ann}, my mum is from Kingston and my dad is from Sheffield. I started using crack when I
was nineteen and working on {LOC:Attercliffe Road} to pay for it. My boyfriend, {PER:Jermaine}, was my
dealer as well, so you can guess how that went. Every time I tried to stop, {PER:Jermaine} would turn up
with a bag. Two years ago a woman from the drug service, {PER:Linda Haworth}, started coming round the
beat on Monday nights with {PER:Sunny}, the peer worker. {PER:Linda} never pushed. She just said, when you're
ready. One sunny morning I was ready. She got me a script and a place at the women's day centre. I've
been clean eleven months. My auntie {PER:Marcia} has let me back in the house and I see my nephews,
{PER:Tyrell} and {PER:Kai}, every Sunday.
""", ["addiction", "family_relations"]),
    ("t13-en-16", "en", """
ANONYMISED? NO – internal. Intake form, Bristol drop-in |
First name: {PER:Ioana} |
Last name: {PER:Stoica} |
Other names used: {PER:Ana}, {PER:Bella} |
Date of birth: 11/01/2001 |
Nationality: Romanian |
Phone: {PHONE:+40 723 555 019} / {PHONE:07700 900 117} |
Email: {EMAIL:ioana.stoica01@postmail.ro} |
Address: {LOC:Room 3, 7 Brunswick Street} |
National Insurance number: {ID:PK 71 39 05 B} |
Presenting need: {PER:Ioana} came in with her friend {PER:Florentina}. She works in a massage parlour,
{LOC:Oriental Touch massage parlour}, on {LOC:Gloucester Road}. The owner, {PER:Costel}, takes half of what
she earns and £120 a week for the room. She wants to open a bank account and find cleaning work.
Referred to the employment adviser, {PER:Mike Dunn}.
""", ["violence_economic", "income_employment"]),
    ("t13-en-17", "en", """
Nobody at home knew. In Manila I told my mother I was working as a carer in Birmingham, and at first it
was true. My employer, Mrs {PER:Kaur}, took my passport the day I arrived and I slept on the floor of her
utility room in {LOC:Handsworth Wood}. After eight months her son {PER:Jaspreet} started coming into the
room at night. I left with nothing. A Filipino woman I met at church, {PER:Marites Dela Cruz}, let me
stay with her, and her friend {PER:Joy} introduced me to a man who rented rooms by the hour. That is how
I started. Now I go to the Thursday group, and Ate {PER:Marites}, as we say, she is
like an older sister. The lawyer, Mr {PER:Ashworth}, has my case at the Home Office, reference
{ID:K1402283/4}. My name is {PER:Rowena}, and I want my mother to know the true story one day.
""", ["trafficking", "violence_sexual", "legal_support"]),
    ("t13-en-18", "en", """
Outreach worker's notes – {PER:Farah Iqbal}, Liverpool, Friday night. |
Quiet on {LOC:Hope Street}, so we went down to {LOC:Sefton Park}. Met {PER:Tash} and {PER:Louise Gallagher}
by the gates. {PER:Louise} said she has been kicked out of the hostel on {LOC:Seel Street} after a row
with a support worker and is sleeping in the doorway of the old bank. {PER:Tash} offered her the floor
but {PER:Tash}'s landlord, a man called {PER:Sully}, does not allow guests. |
Rang the out-of-hours housing line, no beds. Gave {PER:Louise} a sleeping bag and a food voucher and
arranged to meet her at 10 tomorrow at the day centre in {LOC:Toxteth}. |
We still live in hope that the council will fund the women-only beds. {PER:Louise}'s mobile is dead;
she will borrow {PER:Tash}'s: {PHONE:07700 900 603}.
""", ["housing", "food_security"]),
    ("t13-en-19", "en", """
Q: How did the police treat you? |
A: Badly. There is one officer in Leeds, everyone knows him, the girls call him {PER:Robocop}. His real
name is PC {PER:Whitaker}. In the managed area in {LOC:Holbeck} he used to stop me two or three times a
night, search my bag, take my condoms and tell me he'd have me for soliciting. |
Q: Did you report it? |
A: Not at first. My friend {PER:Becky Lumb} said it was pointless. But {PER:Anjali} from the project
wrote everything down with me, dates, times, and we sent it to Professional Standards. The complaint
number is {ID:CO/02614/26}. |
Q: What happened? |
A: They moved him. {PER:Becky} couldn't believe it. Now when a new copper comes on the beat, {PER:Anjali}
tells them about the managed area. I am not scared to carry condoms anymore.
""", ["police_harassment", "legal_support", "rights_awareness"]),
    ("t13-en-20", "en", """
Dear Dr {PER:MacLeod}, |
Re: {PER:Grace Mensah}, DOB 30/06/1990, NHS no {ID:634 209 7716} |
I am writing from the sexual health outreach team to ask you to review {PER:Grace}'s contraception. {PER:Grace}
is a Ghanaian woman living at {LOC:34 Leith Walk, flat 2F1}, Edinburgh, and she works as an escort. She
has been on the pill but finds it hard to take at the same time every day because of her work. She would
like a coil, which she has read about in a leaflet. She is worried because her last GP, Dr {PER:Rennie},
made remarks about her job. She was grateful for the grace and kindness shown by your practice nurse,
{PER:Fiona Stewart}, when she registered. |
{PER:Grace} can be reached on {PHONE:0131 496 0552}. She would like a female doctor. |
With thanks, |
{PER:Eilidh Munro}, Sexual Health Nurse
""", ["reproductive_health", "stigma_discrimination"]),
    ("t13-en-21", "en", """
I came from Asmara through Libya and Italy. In Calais a smuggler called {PER:Yonas} told me I could pay
the rest of my crossing later. In London his friend {PER:Berhane} said I owed him £6,000 and sent me to
a house in {LOC:Tottenham} where men came every night. I was sixteen, but nobody asked. After one year a
girl in the house, {PER:Senait}, found a leaflet with a number in Tigrinya. We called together. A woman
called {PER:Helen Tesfaye} answered. She came the next day with two police officers and a social worker,
{PER:Gemma Doyle}. My Home Office reference is {ID:T1177843}. Now I live with a foster family, Mr and Mrs
{PER:Adebayo}, and I go to college to learn English and hairdressing. {PER:Senait} lives in Luton. We
talk every day.
""", ["trafficking", "vocational_training"]),
    ("t13-en-22", "en", """
Drop-in register and notes – Nottingham, Wednesday. Staff: {PER:Gurpreet Sandhu}, {PER:Liz Hardy}. |
Attended: {PER:Cheryl}, {PER:Destiny Okoro}, {PER:Marzena}, {PER:Lisa P.}, {PER:Naz}, {PER:Tina}. |
{PER:Destiny} asked for a pregnancy test; positive, about seven weeks. She is not sure what she wants.
{PER:Liz} gave her the information about options and booked her into the women's clinic at the City
Hospital for Monday. {PER:Destiny} said she can't see a destiny for a baby right now but wants time to
think. |
{PER:Marzena} and {PER:Naz} had flu jabs. {PER:Cheryl} collected condoms and lube for the flat on
{LOC:Alfreton Road} and asked if we can do the testing there next month. {PER:Lisa P.} says a client
called {PER:Steve} has been filming women without consent; added to the alerts. |
{PER:Tina} brought homemade samosas.
""", ["reproductive_health", "hiv_prevention"]),
]
STORIES += [
    ("t13-en-23", "en", """
Written in English by {PER:Claire Benson}, volunteer with the association in Marrakech, for the
partners' newsletter. |
{PER:Fatima Zahra} is 38 and lives in {LOC:Sidi Youssef Ben Ali} with her two daughters, {PER:Hiba} and
{PER:Salma}. For fifteen years she worked from a room above a café, {LOC:Café Essaada}, near
{LOC:Bab Doukkala}. When she came to the centre last year she could not read. The peer educator,
{PER:Khadija Ait Lahcen}, convinced her to join the sewing course run by Mme {PER:Bennani}. {PER:Fatima Zahra}
was the first to arrive every morning. In June she received her certificate and now she sews djellabas
for a shop owner in the medina, Si {PER:Abdellah}. She earns less than
before, she says, but she sleeps at night and {PER:Hiba} no longer has to lie to her friends about
what her mother does. Her phone for orders is {PHONE:+212 661 55 20 47}.
""", ["vocational_training", "income_employment", "family_relations"]),
    ("t13-en-24", "en", """
My name is {PER:Shirin}. I am Kurdish from Iran. My husband {PER:Farhad} sold me to his cousin {PER:Karwan}
in Birmingham to pay a debt from the journey. {PER:Karwan} kept me in a flat on {LOC:Soho Road} and brought
men. When I said no, he burned my arm with a cigarette. I did not know English and I thought the police
would send me back to Iran. One day a woman from the Kurdish community centre, {PER:Rojda Aksoy}, came to
the flat below to visit her friend {PER:Gulnar}. {PER:Gulnar} heard me crying through the floor. {PER:Rojda}
came back with a leaflet in Kurdish and Farsi. The solicitor, Ms {PER:Adeyemi-Brown}, has my asylum case.
My BRP number is {ID:ZR4419082}. Now I learn English three mornings a week at the college. {PER:Karwan} is in
prison. {PER:Farhad} I never want to see again.
""", ["trafficking", "violence_physical", "legal_support"]),
    ("t13-en-25", "en", """
Helpline log, Dublin, Saturday 08:15. Volunteer: {PER:Aoife Byrne}. |
Caller: {PER:Oksana}, Ukrainian, 33, working from an apartment in {LOC:Smithfield}. |
Contact: {PHONE:+353 85 555 0176} (WhatsApp only). |
Summary: last night a client, who gave his name as {PER:Rich}, paid with a transfer that bounced and then
refused to leave. He said he was rich and could do what he wanted. He forced her to have sex without a
condom. She is frightened about HIV. |
Action: explained that PEP should be started within 72 hours, ideally as soon as possible. Told her to go
to the emergency department at the Mater or to the GUIDE clinic at St James's Hospital. Her friend
{PER:Nadia} will go with her. Gave the Garda number and the Rape Crisis helpline. She does not want to
report to Gardaí now. |
{PER:Aoife} to ring {PER:Oksana} at 14:00. Handover to {PER:Declan Moran}.
""", ["violence_sexual", "hiv_prevention", "violence_economic"]),
    ("t13-en-26", "en", """
I have been living with HIV for twenty-two years. I found out in 2004 when I was pregnant with my
daughter {PER:Ruby}, in a clinic in Kampala. Then I came to Manchester to my aunt, Auntie {PER:Harriet},
who did not know what I did for money. When I stopped taking my tablets in 2019, I got very sick with
pneumonia and spent three weeks in the North Manchester General. The nurse, {PER:Caroline Ashby}, and the
peer mentor, {PER:Esther Nakato}, visited me almost every day. {PER:Esther} is also positive. She told me
about her own life and about the group at the George House Trust. Now I take my tablets with my morning
tea. My clinic number is {ID:NMGH-22817}. {PER:Ruby} is twenty-one and studies nursing, her ruby earrings
were my present when she got in. Auntie {PER:Harriet} knows everything now and she still loves me.
""", ["hiv_care", "peer_support", "family_relations"]),
    ("t13-en-27", "en", """
Outreach notes – {PER:Siân Morgan} and {PER:Dafydd Rees}, Cardiff, Thursday. |
Visited three saunas. At {LOC:Paradise Sauna} on {LOC:City Road}, the manager {PER:Wei} let us in; spoke
with {PER:Lin}, {PER:Xiao Mei} and {PER:Yan}, and with the cook, an older woman the girls call Auntie
{PER:Fang}. {PER:Yan} is {PER:Fang}'s niece. {PER:Lin} and
{PER:Xiao Mei} have been in Cardiff three weeks and do not know where they will be next week. Their
passports are "with the boss". Raised with our anti-trafficking lead, {PER:Bronwen}. |
At the second sauna in {LOC:Splott}, {PER:Jade T.} asked for hepatitis B vaccination; booked her at the
clinic. At the third, nobody answered. |
{PER:Dafydd} gave out 200 condoms and two Mandarin leaflets.
""", ["trafficking", "hiv_prevention"]),
    ("t13-en-28", "en", """
Q: What did your family say when they found out? |
A: My father said I was dead to him. My brothers {PER:Tariq} and {PER:Usman} came to my flat in
{LOC:Longsight} and called me a whore in front of the neighbours. My mother, {PER:Nasreen}, cried on the
phone but she did not stop them. |
Q: How did you cope? |
A: I didn't. I stopped eating. I thought about ending it. My GP, Dr {PER:Hall}, sent me to the crisis
team and a psychologist called {PER:Maryam Siddiqui} who speaks Urdu. We met every Tuesday for six
months. |
Q: And now? |
A: {PER:Maryam} taught me to breathe when the panic comes. I still have bad days. Last month my little
sister {PER:Aisha} found me on Instagram and wrote: I don't care what they say, you're my sister. We met
at a café in {LOC:Rusholme}. I have hope again.
""", ["mental_health", "violence_psychological", "family_relations"]),
    ("t13-en-29", "en", """
Support letter – to whom it may concern (Housing Options, Newcastle City Council) |
I confirm that Ms {PER:Jolanta Petrauskienė} (DOB 19/04/1987), tenancy reference {ID:NCC/HSG/77412},
has been supported by our service since May. Ms {PER:Petrauskienė} came to the UK from Lithuania with her
partner, Mr {PER:Darius Kazlauskas}, who controlled her money and her phone and forced her to see clients
at their flat at {LOC:9 Westmorland Road}. In September he threw her down the stairs. She has a
non-molestation order against him. |
She is currently staying with a friend, {PER:Rasa}, in {LOC:Benwell}, but {PER:Rasa}'s landlord has asked
her to leave by Friday. We ask that {PER:Jolanta} be treated as a priority for emergency accommodation
and a transfer away from the {LOC:West End}. Her caseworker is {PER:Kelly Armstrong}, {PHONE:0191 496 0883}. |
{PER:Paula Nixon}, Service Manager
""", ["housing", "violence_physical", "violence_economic"]),
    ("t13-en-30", "en", """
I'm {PER:Dawn}. Dawn is also when I used to finish work, walking home along {LOC:Balsall Heath Road} with
my shoes in my hand. I've been doing this thirty years. The young ones call me Nan. I've had my nose
broken twice, I've been robbed more times than I can count, and I've buried two friends, {PER:Sharon} and
{PER:Bev}. What I'm proud of is this: for the last five years I've been a peer outreach worker with the
project. I go out with {PER:Rukhsana} on Tuesdays. I know every girl by name. Last week I sat with a new
kid called {PER:Paige} outside the chippy on {LOC:Ladypool Road} till half two because her fella,
{PER:Connor}, had left her without her keys. I gave her my number and a bag of chips. That's what I do
now. Somebody did it for me once, a woman called {PER:Pat}.
""", ["peer_support", "self_esteem"]),
    ("t13-en-31", "en", """
Referral – Sexual Health Outreach to Legal Clinic, London |
Client name: {PER:Fiifi Boateng} (prefers {PER:Afia}) |
Pronouns: she/her |
Date of birth: 07/12/1995 |
Contact tel: {PHONE:020 7946 0418} |
Email: {EMAIL:afia.b95 at lookmail dot com} |
Home Office ref: {ID:B2201744} |
Passport (Ghana): {ID:G3189245} |
Summary: {PER:Afia} is a trans woman from Accra who claimed asylum in 2023. She lives in shared asylum
accommodation at {LOC:Room 14, Lancaster Hotel, Bayswater Road} where men in the house harass her and
the manager, Mr {PER:Okyere}, keeps calling her by her old name. She asks for
help with a complaint and with her substantive interview. Her friend {PER:Kwabena} will come as support.
Referrer: {PER:Nnenna Eze}, peer worker.
""", ["legal_support", "stigma_discrimination", "housing"]),
    ("t13-en-32", "en", """
Minutes – Bradford women's forum, 20 November. |
Present: {PER:Tahira Nawaz} (chair), {PER:Julie Sutcliffe}, {PER:Saima}, {PER:Nicola Firth}, {PER:Gabi},
{PER:Patience Adu}, {PER:Jenny} (minutes). |
1. Court watch. {PER:Julie} went with {PER:Saima} to the magistrates' court. {PER:Saima}'s ex,
{PER:Wasim}, pleaded guilty to harassment; sentencing in January, case {ID:T20267731}. Patience is needed,
said {PER:Tahira}. |
2. Know your rights session. {PER:Nicola} ran it on the Modern Slavery Act 2015 and on what the police can
and cannot do under a dispersal order. {PER:Gabi} said she never knew she could ask for a female officer. |
3. Premises. The room at the community centre on {LOC:Oak Lane} is booked until March. |
{PER:Patience} thanked everyone for the flowers after her operation.
""", ["rights_awareness", "legal_support", "peer_support"]),
    ("t13-en-33", "en", """
I'm {PER:Ploy}. My full name is {PER:Pattaraporn Chaiyasit} but nobody in England can say it. I came from
Udon Thani to work in a Thai massage shop in Bristol, the {LOC:Golden Lotus massage parlour} on
{LOC:Cheltenham Road}. The owner, Khun {PER:Noi} (we say Khun for respect), said
the visa costs would take two years to pay off. I sent my mother, {PER:Somjai}, money every month so she
would not worry. My friend {PER:Nok} got sick and {PER:Noi} would not let her see a doctor. I called a
Thai woman from the temple, {PER:Malee}, and she brought the outreach team. Now {PER:Nok} is treated and
we both have a lawyer. My passport number is {ID:AA8825176} and I have it in my own bag now.
""", ["trafficking", "access_to_care", "violence_economic"]),
    ("t13-en-34", "en", """
From: {PER:Yusuf Kamara} <{EMAIL:y.kamara@safehaven-leeds.org.uk}> |
To: Housing team |
Cc: {PER:Bryony Hale} |
Subject: urgent – {PER:Chantelle Reid} |
Hi all, |
{PER:Chantelle} rang me at 7 this morning from the phone box on {LOC:Chapeltown Road}.
Her partner {PER:Marlon} smashed the windows at {LOC:48 Sholebroke Avenue} last night and threatened to
cut her face if she goes to the police again. The kids, {PER:Tiana} and {PER:Jayden}, are at her mum's,
Mrs {PER:Reid}. She has nowhere to go tonight. |
Crime reference from West Yorkshire Police: {ID:13260298811}. |
{PER:Bryony}, can you check the refuge vacancies in Wakefield and Huddersfield? {PER:Chantelle}'s new
mobile is {PHONE:07700 900 979}. |
Thanks, |
{PER:Yusuf}
""", ["housing", "violence_psychological", "violence_physical"]),
]
STORIES += [
    ("t13-en-35", "en", """
Note by {PER:Hannah Price}, English-speaking volunteer with the team in Bordeaux, for our UK partners. |
Tonight on the {LOC:cours de la Marne} we met {PER:Faith Osagie} and her friend {PER:Blessing}. Both are
Nigerian and arrived from Italy last spring. {PER:Faith} has kept her faith through everything, she says,
and goes to a church in {LOC:Saint-Michel} every Sunday with {PER:Blessing}. This week a man who calls
himself {PER:Sunday} came to the church and told {PER:Blessing} that her family in Edo still owes 20,000
euros and that her little brother, {PER:Osahon}, will pay if she does not. It was a blessing that
{PER:Faith} was with her. Our mediator, {PER:Amandine}, went with them to the police station. The
complaint number is {ID:2026/004719}. {PER:Blessing} now has a room at the shelter on
{LOC:rue Kléber}.
""", ["trafficking", "violence_psychological", "legal_support"]),
    ("t13-en-36", "en", """
Dear Dr {PER:Okafor}, |
I am writing at the request of my patient, Ms {PER:Agnieszka Nowak} (NHS number {ID:902 318 5574}), who
has asked that I explain why she missed three appointments at your surgery on {LOC:Dudley Road}. |
Ms {PER:Nowak} has been attending our drug and alcohol service since March for heavy alcohol use. She
also works in the sex industry and was assaulted by a client in July, after which her drinking
increased and she stopped leaving her flat. Her partner, {PER:Tomasz}, is supportive. She now sees our
recovery worker, {PER:Leroy Campbell}, weekly and is on a reducing plan with thiamine. |
She would like her liver function checked and to discuss her low mood with you. Please call me on
{PHONE:0121 496 0264} if I can help. |
Yours sincerely, |
Dr {PER:Sarah Whitfield}, Addictions Psychiatrist
""", ["addiction", "mental_health", "access_to_care"]),
    ("t13-en-37", "en", """
I am {PER:Nour}. In Khartoum I was a student. When the war came my uncle took me to Egypt and then I
went alone to Libya. On the boat I met {PER:Halima} and her baby {PER:Amal}. In Glasgow we were put in a
hotel, the {LOC:Albion Hotel}, on {LOC:Argyle Street}, while the Home Office decided. A man who cleaned
the hotel, {PER:Mikey}, said he could get us money and nice clothes. He took me to a flat in
{LOC:Ibrox} and there were men. I went three times because he said he would tell the Home Office I was
a prostitute. Then {PER:Halima} told the social worker, {PER:Catriona Boyd}. {PER:Catriona} said
{PER:Mikey} cannot touch my case. Now I have status, reference {ID:A9918402/3}, and I am studying at
the college. {PER:Amal} calls me aunt.
""", ["violence_sexual", "violence_psychological", "civil_documents"]),
    ("t13-en-38", "en", """
Helpline sheet – daytime line, London. Call taken by {PER:Ebony Clarke}. |
Caller: {PER:Maria Dumitru}, Roma from Romania, 29. Speaks some English, her cousin {PER:Florin} helped. |
Number: {PHONE:07700 900 411}. |
Situation: {PER:Maria} has three children, {PER:Denisa}, {PER:Marius} and {PER:Ionuț}. She works on the
street near {LOC:Ilford Lane}. The school has told her that the children cannot stay unless she brings
their birth certificates and proof of address. She has no proof of address because she sleeps with the
children at her sister {PER:Lenuța}'s place at {LOC:17 Albert Road}. Said she felt the school office
looked at her like dirt. |
Advice: children have the right to a school place regardless; we will write to the head, Mrs
{PER:Chowdhury}. Referred to the Roma support worker, {PER:Sorin Lăcătuș}, for the birth certificates
from the embassy.
""", ["civil_documents", "stigma_discrimination", "rights_awareness"]),
    ("t13-en-39", "en", """
Q: When did you start working? |
A: At twenty. My husband {PER:Rahim} left me in Sylhet with two children and went to London. I came to find
him and he was with another woman, {PER:Shilpi}. |
Q: How did you manage? |
A: A lady from {LOC:Brick Lane}, everyone called her {PER:Moni}, she gave me work in her house and then
she sent me to her men. I gave her half. |
Q: Who helped you out of it? |
A: My neighbour, {PER:Rubina Khatun}. She took me to the women's centre on {LOC:Cannon Street Road}. A
worker there, {PER:Nasima}, helped me with the benefits and with a course in catering. Now I cook at a
restaurant. I earn £1,480 a month, not much, but it is mine. My sons {PER:Arif} and {PER:Sabbir} are in
secondary school. {PER:Rahim} sends nothing, but I do not need him.
""", ["income_employment", "vocational_training", "violence_economic"]),
    ("t13-en-40", "en", """
Outreach log – Belfast, Friday 28 November. Team: {PER:Orla Devlin}, {PER:Conor McGrath}. |
20:30 {LOC:Sandy Row} and {LOC:Donegall Road}. No one out. |
21:15 Apartment in {LOC:Botanic}, pre-arranged visit. {PER:Gabriela} (Brazilian, 26) and {PER:Thaís}.
{PER:Gabriela} had a positive home HIV test last week, very upset. {PER:Orla} explained it needs
confirming and rang the GUM clinic at the Royal Victoria for an urgent slot Monday. {PER:Thaís} wants a
test too. |
22:40 {LOC:Ormeau Road}. {PER:Stacey} and {PER:Chelsea Boyle}. {PER:Chelsea} is pregnant and still using;
we gave her the midwife's number, {PHONE:028 9649 6532}. |
23:30 {PER:Conor} dropped condoms at the flat on {LOC:Lisburn Road}. {PER:Gabriela} texted to say
thank you. |
00:10 End.
""", ["hiv_sti_testing", "reproductive_health"]),
    ("t13-en-41", "en", """
From: {PER:Mehdi Rostami} <{EMAIL:mehdi.rostami(at)brightpath-counselling(dot)co.uk}> |
To: {PER:Lucy Harrington} |
Subject: counselling for {PER:Parisa} – closing summary |
Dear {PER:Lucy}, |
As agreed, a short closing summary for {PER:Parisa Karimi}, whom you referred in April. We met for
twenty sessions in Farsi. When we started, {PER:Parisa} had nightmares every night about the man who
held her in Athens, {PER:Reza}, and about the flat in {LOC:Cheetham Hill} where she was made to work. She
was self-harming and had stopped seeing her friend {PER:Leila}. |
Over the sessions the nightmares became less frequent. She has not self-harmed since August. She
reconnected with {PER:Leila} and with her brother {PER:Kian} in Hamburg, and she has started volunteering
two afternoons a week at the food bank. |
She knows she can come back. Her GP is Dr {PER:Ansari}. |
Kind regards, |
{PER:Mehdi}
""", ["mental_health", "social_isolation"]),
    ("t13-en-42", "en", """
When I was a child in Kingston my grandmother, Miss {PER:Ivy Campbell}, told
me never let a man take your shine. I forgot that in London. My boyfriend
{PER:Andre} put me on the street in {LOC:King's Cross} and he took every note. He called me stupid and
ugly so many times that I believed it. The day I left him I had £3 and a bus pass. A woman in the
hostel, {PER:Precious Mbeki}, did my hair for free and said, look at you. Then {PER:Nadine} from the
project got me onto a beauty therapy course at the college in {LOC:Lewisham}. I finished top of the
class. My tutor, Ms {PER:Okoye}, put my photo on the wall. Now I do nails from my flat and I have forty
regular clients. Granny {PER:Ivy} would be proud.
""", ["self_esteem", "vocational_training", "violence_psychological"]),
    ("t13-en-43", "en", """
Caseworker note – {PER:Rebecca Adamu}, Nottingham, 25 November. |
Saw {PER:Ashley Turner} at the hostel on {LOC:Mansfield Road}. {PER:Ashley} (24) was arrested on Saturday
night on {LOC:Forest Road West} by two officers who took her phone and her condoms as "evidence". She was
kept at Bridewell for ten hours and says an officer, PC {PER:Holmes}, told her that "girls like her" don't
get believed. She was released with no charge. Her friend {PER:Chanel} was stopped the same night. |
Discussed: her right to a copy of the custody record, to complain, and to have an advocate. We called
the solicitor, {PER:Joseph Mwangi}, who will request the custody record, reference {ID:NT/26/81144}. |
{PER:Ashley}'s mum, {PER:Tracey}, came with her and was very angry on her behalf, which {PER:Ashley} said
felt good.
""", ["police_harassment", "rights_awareness", "legal_support"]),
    ("t13-en-44", "en", """
I am {PER:Mei Ling}. People in {LOC:Chinatown} call me {PER:Ah Mei}. I have worked in flats in Manchester,
Leeds and Newcastle, moved every few weeks by a man we only called the boss. The police told me later
that his name is {PER:Chen Wei}. I never went out; food came in bags, clients came at the door. I
did not know which city I was in. I did not speak to anyone for months except my roommate,
{PER:Xiaoyan}. One day in a flat on {LOC:Westgate Road} the police came. I thought I would go to prison.
A Chinese interpreter, Mrs {PER:Lau}, held my hand. Now I live in a safe house and I take English classes
with a teacher called {PER:Graham}. The loneliness was the worst, worse than the men. Now I have
friends, {PER:Xiaoyan} and a Vietnamese girl, {PER:Linh}.
""", ["trafficking", "social_isolation"]),
    ("t13-en-45", "en", """
Minutes – Cardiff service users' panel, 12 November. |
Present: {PER:Gwen Lloyd} (chair), {PER:Kayla}, {PER:Joy Bennett}, {PER:Ffion}, {PER:Sahra Abdi},
{PER:Mo} (staff). Apologies: {PER:Ruby}. |
1. Clinic hours. {PER:Kayla} said the Tuesday evening clinic at the Royal Infirmary is the only one
she can reach. {PER:Sahra} asked for a female interpreter for Somali. {PER:Mo} will raise both at the
health board. |
2. PrEP. {PER:Joy} started PrEP in September and talked about it to the group with real joy; she said it
means she does not panic after every split condom. {PER:Ffion} wants to start too; {PER:Mo} will book
her. Condom and lube orders to go through {PER:Gwen}. |
3. Next panel: 10 December, room 2, {LOC:Riverside} community centre. |
Meeting closed 15:40.
""", ["hiv_prevention", "access_to_care"]),
    ("t13-en-46", "en", """
My name is {PER:Zarmina}. I am from Kunduz, Afghanistan. I came to London with my husband, {PER:Naveed},
and his mother. They took my wedding gold and my passport and said I was useless because I did not give
them a son. {PER:Naveed} made me go with his friends for money. I was locked in the house in
{LOC:Southall} unless his mother, {PER:Gul Bibi}, came with me to the
shops. At the GP surgery the doctor, Dr {PER:Patel}, saw the bruises and asked {PER:Gul Bibi} to wait
outside. That is how I met {PER:Shabnam Noori} from the women's charity. Now I live in a refuge and my
son {PER:Omid} goes to nursery. My solicitor, {PER:Deborah Klein}, says my divorce will be final in
spring, case {ID:ZW25D00913}.
""", ["violence_economic", "family_law", "violence_sexual"]),
]

# ---------------------------------------------------------------- SMS / WhatsApp (14)
STORIES += [
    ("t13-sms-01", "en", """
{PER:kez}: babe u up? |
{PER:jojo}: ye whats up hun |
{PER:kez}: that guy from last week came back, the one with the beard. said his name was {PER:lee} |
{PER:jojo}: the one who wouldnt pay?? |
{PER:kez}: ye. he grabbed me by the hair in the car park behind the {LOC:Crown pub} and took my bag. all my money from tonight |
{PER:jojo}: omg r u hurt |
{PER:kez}: bit of a cut on my lip. im at {PER:tash}s now |
{PER:jojo}: ring {PER:bernie} from the van tomorrow she'll put him on the list. her number {PHONE:07700 900 318} |
{PER:kez}: ok. {PER:tash} says stay here tonight |
{PER:jojo}: good. dont go back out. ill come round with {PER:big mo} in the morning n bring breakfast |
{PER:kez}: ur a star. hope i can sleep |
{PER:jojo}: u will. love u x
""", ["violence_physical", "violence_economic", "peer_support"]),
    ("t13-sms-02", "en", """
{PER:Shazia} (outreach): Hi {PER:Kayleigh}, it's {PER:Shazia} from the van. Just checking you're still ok
for PrEP at the clinic Thursday 2pm? |
{PER:Kayleigh}: hiya yes still coming. can {PER:shannon} come with me |
{PER:Shazia} (outreach): Of course. Ask for {PER:Ali}, she's the nurse, or for Dr {PER:Wood}. |
{PER:Kayleigh}: ok. where is it again |
{PER:Shazia} (outreach): Sexual health clinic, ground floor, the entrance on {LOC:Westgate}. Bring ID if you have it but don't worry if not |
{PER:Kayleigh}: i only got my provisional. number {ID:TURNE901245KL9AB} lol do they need that |
{PER:Shazia} (outreach): No need to send it here! Just bring it. |
{PER:Kayleigh}: sorry. ok see u thurs |
{PER:Shazia} (outreach): See you. If you miss it, text me on this number or ring the office on {PHONE:01274 496 055} x
""", ["hiv_prevention", "access_to_care"]),
    ("t13-sms-03", "en", """
{PER:amber}: {PER:chels} where r u |
{PER:chelsea}: still at the station. the police took me in for loitering again |
{PER:amber}: wtf. same copper? |
{PER:chelsea}: ye the bald one, {PER:collins}. he took my condoms n said he'd keep nicking me till i give him what he wants |
{PER:amber}: thats not right babe. u have to tell {PER:orla} |
{PER:chelsea}: she cant do nothing |
{PER:amber}: she can. she helped {PER:stace} make a complaint last year n that copper got moved |
{PER:chelsea}: ok. whats her number |
{PER:amber}: {PHONE:07700 900 774}. or the office {PHONE:028 9649 6011} |
{PER:chelsea}: thanks hun. my phone is on 3% |
{PER:amber}: ill come get u. wait outside the chippy on {LOC:Ormeau Rd} |
{PER:chelsea}: ok. dont tell my mam |
{PER:amber}: course not x
""", ["police_harassment", "rights_awareness"]),
    ("t13-sms-04", "en", """
[WhatsApp group: Wednesday girls 💜] |
{PER:Precious}: Good morning ladies. Who is coming today? |
{PER:Chioma}: Me and {PER:Lola} will come 2pm |
{PER:Gosia}: I come but late, my daughter {PER:Zuzia} has dentist |
{PER:Tendai}: Count me in. {PER:Precious} should I bring the rice again |
{PER:Precious}: Yes please {PER:Tendai}!! And {PER:Chioma} bring your plantain 😂 |
{PER:Lola}: Did anybody hear from {PER:Funmi}? She has not answered since Sunday |
{PER:Chioma}: Her phone is off. Last time she said her landlord in {LOC:Hulme} wanted her out |
{PER:Precious}: I will go to her place after. {LOC:Flat 9, 30 Stretford Road}, yes? |
{PER:Lola}: Yes that is it |
{PER:Gosia}: Tell her we miss her. Nobody should be alone |
{PER:Tendai}: Amen 🙏 |
{PER:Precious}: See you all later my sisters
""", ["peer_support", "social_isolation"]),
    ("t13-sms-05", "en", """
- hi is this the clinic |
- Hello, yes, this is the sexual health team at the Leeds Centre for Sexual Health. How can we help? |
- my friend {PER:roxy} said i can do a test here without giving my real name |
- Yes, you can use any name you like. What should we call you? |
- {PER:star} |
- Thanks {PER:Star}. We have a walk-in clinic for women in the sex industry on Fridays 4-6pm at {LOC:Merrion Street}. No appointment |
- is it only hiv or other stuff too |
- HIV, syphilis, hepatitis B and C, chlamydia and gonorrhoea. Results by text in about a week |
- ok and if its positive |
- Then one of our nurses, {PER:Jo} or {PER:Fatima}, will call you and see you the same week for treatment. You won't be on your own |
- ok thanks. can {PER:roxy} come with me she dont speak much english |
- Of course. We can book a Romanian interpreter if she would like. |
- ok. see u friday
""", ["hiv_sti_testing", "access_to_care"]),
    ("t13-sms-06", "en", """
{PER:nikki}: {PER:crys} u ok? saw ur msg at 3am |
{PER:crystal}: no. {PER:darren} was banging on the door again, drunk |
{PER:nikki}: did u ring 999 |
{PER:crystal}: ye they came but he'd gone. they gave me a ref {ID:NG-5512-26} |
{PER:nikki}: good. keep it. did {PER:priya} from the helpline ring u back |
{PER:crystal}: she's ringing friday. she says i can get an order so he cant come near the house |
{PER:nikki}: do it babe. think of {PER:mia} |
{PER:crystal}: i am. she was crying in her bed. he said he'd tell her school about me |
{PER:nikki}: he's a coward. im coming round after work, ill stay the weekend |
{PER:crystal}: thank u. bring {PER:lils} if u want she can sleep with {PER:mia} |
{PER:nikki}: will do. lock the back door x |
{PER:crystal}: ok x
""", ["violence_psychological", "family_relations", "peer_support"]),
    ("t13-sms-07", "en", """
{PER:Yusuf} (Safe Haven): Hi {PER:Chantelle}, found a refuge space in Wakefield from tonight. Can you be at the office by 4? |
{PER:Chantelle}: yes!! omg thank u. can the kids come |
{PER:Yusuf} (Safe Haven): Yes, {PER:Tiana} and {PER:Jayden} both. The manager is {PER:Lorraine Wood}, she'll meet us there |
{PER:Chantelle}: my mum {PER:Beverley} is dropping them. what do i bring |
{PER:Yusuf} (Safe Haven): Clothes for a few days, meds, school stuff, any letters. Don't tell anyone the address, not even family |
{PER:Chantelle}: ok. {PER:marlon} keeps ringing from a new number {PHONE:07700 900 540} |
{PER:Yusuf} (Safe Haven): Don't answer. Screenshot the calls. I'll pass it to DC {PER:Ahmed} with the crime ref |
{PER:Chantelle}: ok |
{PER:Yusuf} (Safe Haven): You're doing the right thing. See you at 4 at {LOC:Chapeltown Road} |
{PER:Chantelle}: see u. thank u {PER:yusuf} x
""", ["housing", "family_relations"]),
    ("t13-sms-08", "en", """
[WhatsApp, voice notes transcribed] |
{PER:Marites}: Hello {PER:Rowena} it's {PER:Marites}. The lawyer called, Mr {PER:Ashworth}, he says the Home Office wants your interview in January. Don't be scared, I will come with you. |
{PER:Rowena}: ate thank u so much. i am scared |
{PER:Marites}: Normal lang. {PER:Joy} will also come, she did her interview last year |
{PER:Rowena}: what do they ask |
{PER:Marites}: About Mrs {PER:Kaur}, the passport, what {PER:Jaspreet} did. Tell the truth only |
{PER:Rowena}: ok |
{PER:Marites}: Also Father {PER:Dennis} says you can use the church hall to practise with the interpreter |
{PER:Rowena}: ok po. my mother {PER:Lourdes} called, she asks when i come home |
{PER:Marites}: One step at a time anak. Sleep now. Group on Thursday same time |
{PER:Rowena}: ok ate. goodnight
""", ["legal_support", "peer_support"]),
    ("t13-sms-09", "en", """
{PER:ploy}: {PER:nok} u awake? |
{PER:nok}: yes. fever again |
{PER:ploy}: {PER:noi} say no doctor? |
{PER:nok}: she say doctor cost 200 pound, i pay from my money |
{PER:ploy}: i call {PER:malee} from temple. she know english people who help |
{PER:nok}: no police pls. {PER:noi} say police take us to prison |
{PER:ploy}: {PER:malee} say not police, it is nurse. name {PER:Gemma}. her phone {PHONE:0117 496 0903} |
{PER:nok}: ok. tell her the shop is {LOC:Golden Lotus massage shop}, upstairs, back door on {LOC:Cheltenham Rd} |
{PER:ploy}: i tell her. {PER:noi} go to Birmingham tomorrow morning. nurse can come then |
{PER:nok}: ok. i scared |
{PER:ploy}: me too. but we together. drink water |
{PER:nok}: thank u sister
""", ["trafficking", "access_to_care"]),
    ("t13-sms-10", "en", """
Reminder from Unity Sexual Health: Hi {PER:AMBER}, your appointment for treatment is Fri 5 Dec 10:30, clinic ref {ID:USH-448120}. Reply C to cancel. |
{PER:Amber}: who is this |
Unity Sexual Health: This is an automatic reminder. To speak to a nurse call {PHONE:0117 496 0117} |
{PER:Amber}: ok sorry. {PER:Lorraine} said friday yeah |
{PER:Rachel} (outreach): Hi {PER:Amber}, it's {PER:Rach}. Did you get the clinic text? |
{PER:Amber}: ye. can u come with me |
{PER:Rachel} (outreach): Yes, I'll pick you up at 10 from {LOC:Ashley Road}. Is {PER:Kels} coming? |
{PER:Amber}: she says she'll go next week, {PER:mags} is taking her |
{PER:Rachel} (outreach): Great. Remember no sex until a week after the treatment, ok? |
{PER:Amber}: yeah yeah lol. {PER:dean} was outside again tonight btw |
{PER:Rachel} (outreach): Thanks for telling me. I'll add it to the report.
""", ["sti_care", "access_to_care"]),
    ("t13-sms-11", "en", """
{PER:Aoife} (helpline): Hi {PER:Oksana}, it's {PER:Aoife} from this morning. Did you manage to get to the Mater? |
{PER:Oksana}: yes. i am here with {PER:nadia}. they gave me first tablets for PEP |
{PER:Aoife} (helpline): Well done. That's the most important thing. How many days did they give you? |
{PER:Oksana}: 5 days now and i come back. doctor {PER:o'brien} very kind |
{PER:Aoife} (helpline): Good. Take them at the same time every day. Are you safe at the apartment? |
{PER:Oksana}: {PER:rich} knows the address, {LOC:Apartment 4, 12 Queen Street}. i am scared he comes back |
{PER:Aoife} (helpline): Can you stay with {PER:Nadia} for a few nights? |
{PER:Oksana}: yes she says ok, she lives in {LOC:Stoneybatter} |
{PER:Aoife} (helpline): Perfect. If you change your mind about the Gardaí, our colleague {PER:Declan} can go with you. |
{PER:Oksana}: thank you. you can email me also {EMAIL:oksana.kyiv88@mailbox-ie.com}
""", ["hiv_prevention", "violence_sexual"]),
    ("t13-sms-12", "en", """
{PER:big mo}: {PER:kez} said ur looking for a room |
{PER:shell}: ye got kicked out of the hostel. sleeping at {PER:gemma p}s sofa |
{PER:big mo}: theres a room going at my mate {PER:dez}s on {LOC:Lodge Lane}. 90 a week |
{PER:shell}: is he dodgy |
{PER:big mo}: nah hes sound. hes {PER:kez}s cousin |
{PER:shell}: ok can u give me his number |
{PER:big mo}: {PHONE:07700 900 268}. say {PER:mo} sent u |
{PER:shell}: ta. do u think the council would pay it, im on universal credit |
{PER:big mo}: ask {PER:farah} at the day centre she knows all that |
{PER:shell}: will do. also {PER:louise g} is back on the street, she looks bad |
{PER:big mo}: i know. i saw her at the food bank on {LOC:Smithdown Rd} tuesday. ill bring her some soup |
{PER:shell}: ur a saint {PER:mo} honestly |
{PER:big mo}: lol go to sleep
""", ["housing", "peer_support"]),
    ("t13-sms-13", "en", """
[WhatsApp group: Glasgow peer team] |
{PER:Morag}: Reminder, group moved to Thursday 6pm this week. Room 4 as usual |
{PER:Leanne}: Cannae make it, first shift at the hotel 😬 |
{PER:Morag}: Brilliant news {PER:Leanne}, go and smash it! |
{PER:Hope}: I will come. Any news on my letter? |
{PER:Morag}: Not yet {PER:Hope}, I'll phone your solicitor, Mr {PER:Baird}, tomorrow |
{PER:Kirsty}: That silver van was back on {LOC:Glasgow St} last night. Same guy. {PER:Yasmin} got the plate |
{PER:Yasmin}: yeah, and his name is {PER:Stevie} or that's what he says |
{PER:Morag}: Thanks both. Passing it to the police liaison, {PER:Graeme} |
{PER:Dorota}: I have appointment at Citizens Advice Friday, thank you {PER:Morag} ❤️ |
{PER:Faith}: Happy to be back girls, thanks for all the messages |
{PER:Kirsty}: Welcome back {PER:Faith} 🥳
""", ["peer_support", "income_employment"]),
    ("t13-sms-14", "en", """
{PER:Luana}: amiga, did u get the new hormones? |
{PER:Kiki}: not yet. {PER:rodrigo} not answering and the clinic say wait 3 months |
{PER:Luana}: dont buy from him anymore pls. {PER:jess} at the clinic can see u sooner if i ask |
{PER:Kiki}: really? last time the gp called me mister {PER:santos} in front of everybody 😡 |
{PER:Luana}: i know bb. {PER:jess} is different, she asks ur name first |
{PER:Kiki}: ok send me her number |
{PER:Luana}: {PHONE:020 7946 0932}, ask for {PER:Jess Adeyemi}. or email {EMAIL:j.adeyemi[at]trans-health-ldn[dot]org} |
{PER:Kiki}: ok. {PER:bianca} coming tonight? |
{PER:Luana}: yes she bring food. u come to my flat at {LOC:Kennington Lane} 8pm |
{PER:Kiki}: ok querida. thank u for this |
{PER:Luana}: we are family ❤️
""", ["access_to_care", "stigma_discrimination", "peer_support"]),
]


def main() -> None:
    write_set(STORIES, Path(__file__).with_name("analysis_train13.jsonl"), ROWS, PREFIX, THEMES)


if __name__ == "__main__":
    main()
