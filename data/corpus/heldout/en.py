# ruff: noqa: E501  (phrase banks: one line per move reads best)
"""English phrase bank, held-out split. Written separately from the train bank: no shared
phrasing, its own nick pool. Context cues only; nothing sexual, ever."""

SLOTS = """
nick_name: liam | noah | oliver | harry | jack | zoe | ruby | amelia | isla | freya | leo | dan | nate | luke | holly | megan | tyler | brooke
nick_word: breeze | panda | ninja | comet | maple | frost | echo | turbo | nova | fox | viper | cookie | ghost | river
network: irc.example.org | chat.example.net | im.example.org
room: #general | #lounge | #chitchat | #pinoychat | #nightowls
price: {usd} bucks | ${usd} | {amount} pesos | {usd} dollars
lowprice: ${usd_low} | {usd_low} bucks
remit: paymaya | remitly | western union | gcash | cashapp | mlhuillier
app: telegram | kik | snapchat | viber | whatsapp | skype | discord
class_app: zoom | meet | teams
city: bristol | chicago | perth | vancouver | glasgow | florida | davao | auckland
name: uncle joe | my cousin | tita ann | grandma | ray | becky
sib: kid sister | little bro | younger cousin | baby brother
subject: algebra | biology | reading | geography
item: monitor | gaming chair | stroller | guitar | air fryer | iphone 11
gig: the open mic | our gig at the pub | the puppet show | the talent show
time: 7ish | half 8 | 9pm | after lunch | sunday morning
day: sunday | monday | thursday | this weekend
food: fried chicken | ramen | lasagna | sinigang | curry
team: chelsea | united | spurs | the celtics | the yankees
game: among us | apex | genshin | fifa | clash royale
grade: 5th grade | 7th grade | year 6 | grade 6
"""

PHRASES = """
greet: heya | sup | hiya {them} | evening | heyo
greet_back: heya | sup | hiya | oh hey {them}
how_are_you: you good? | hows it going | how was your day
fine_reply: pretty good u? | meh tired | all good thanks
wyd: what you doing rn | whatcha doing | busy?
wyd_reply: just homework lol | scrolling tiktok | laying in bed | making tea
where_from: wru from | which country u in | where do you live
from_reply: near {city} | {city} area | i live in {city}
weather: its freezing here | sunny finally | storm outside rn
weather_reply: jealous | stay warm | oof
food: you eaten yet? | what u having for tea | starving rn
food_reply: {food} tonight | nah not yet | had {food}
ok: k | alright | cool | fair | mhm
thanks: cheers | tysm | appreciate it
bye: laterr | night night | cya tmrw

s_asl: how old r you | what age are u | whats ur age? | asl pls
s_self_age: {age_adult} here, from {city} | me {age_adult} male | i am {age_adult} years old lol
s_trust: ur really sweet | you talk so grown up | i feel like i can trust you | ur my favourite person to talk to
s_school: u still in school? | which grade r u | whats your fav subject
s_alone: anyone at home with u? | ur parents around? | are u by yourself right now | mum at work?
s_app: got {app}? | message me on {app} instead | whats ur {app} username | this app is bad, switch to {app}
s_cam: u got a webcam? | lets do a private video chat | u can do a little show for me on camera? | put ur camera on for me rn | show me on video call
s_money: ill pay you {price} | want some free load? | ill send u a steam card | {price} for you if u do it
s_remit: i can do {remit} | give me ur {remit} so i can send | ill put it on ur {remit} tonight
s_secret: keep this between us | dont show anyone our chats | clear the chat after ok | ur parents dont need to know
s_sibling: got any younger siblings? | ask your {sib} to come too | is ur {sib} home? bring them
s_push: its nothing bad promise | pls just once | dont be shy | ill wait, go on
s_from_room: heyy saw u in the room earlier | its me from the chat | hi, from the room earlier

c_age: {age_minor} | im {age_minor} years old | {age_minor} yrs
c_grade: {grade} | in {grade} | i go to {grade}
c_school: yeah {grade} | art is my fav | we have a test tomorrow
c_alone_reply: mum is at work till late | just me and the dog | dad is asleep
c_app_reply: i cant download apps | my mum checks my phone | whats that app
c_cam_reply: a show? like what | idk | my laptop has no camera | why would i
c_money_reply: i have no load tho | for what | um ok
c_secret_reply: ok i guess | why tho | um why
c_sibling_reply: hes only {age_sib} | shes playing outside | no why
c_leave: brb dinner | gtg my mum needs me | bye going to sleep

f_offer: got my niece here, {age_kid} yo, she can go on cam for u | two girls available {age_kid} and {age_sib}, private cam shows | my stepdaughter is {age_kid}, ill put her on cam if u pay
f_age: shes {age_kid} | {age_kid} yrs, small | {age_kid}, the other one {age_sib}
f_price: {price} per half hour | {price} a session | {price}, private only
f_remit: {remit} first then we start | pay to my {remit}, ill send the name | money via {remit} before anything
f_app: only on {app} | go to {app}, ill call from there | {app} video only
f_secret: tell nobody and no screen recording | wipe the chat after | keep quiet about this
f_when: tonight around 10 | right now if u want | saturday when her mom is out
k_ask_avail: got any young girls for cam? | u do private shows with kids? | need a young one for a show, any available
k_ask_age: what age is she | how old exactly | how young are they
k_ask_price: how much u want | whats the rate | cost?
k_haggle: {lowprice} max | thats steep, {lowprice} ok? | can u drop it
k_when: can she tonight | when is she free | is she there now
k_sent: money sent on {remit} | paid, check it | just sent it
k_refuse: report incoming, sick | nope. reported to the mods | im calling the police on u
k_from_room: saw ur post in the room, still doing shows? | ur message in the room about young girls, how much | hi, the private show thing from the room, available?
rf_advert: young girls for private cam, {age_kid} and up, dm for rates | dm for private shows w kids, {remit} accepted | kids available for cam, dm me

vc_ask: call later? wanna show u the puppy | u free to facetime tonight | zoom catchup later?
vc_ok: yess | sounds good | after 8 is best
vc_time: {time}? | {time} works | maybe {time}
owe_ask: u still owe me {price} for the uber lol | pls send the {price} for concert tix when u can | can u cover ur half, {price}
owe_sent: sent it on {remit} | {price} just went through on {remit} | paid u back on {remit}
owe_thanks: yep got it | ta | all good cheers
repair_ask: my cam is showing a black screen can u fix it | webcam on my pc died, do u do repairs | can u replace the camera on my laptop
repair_q: which model? | is it the built in one? | drop it off monday
repair_price: {price} for the fix | all done, {price} with the part | replacement cam is {price}
repair_pay: {remit} works | pay me via {remit} whenever | {remit} or cash on pickup
show_ask: u coming to {gig}? | did u catch that show on netflix | any seats left for {gig}
show_reply: yeah on {day} | so good, ep 3 was wild | few left
show_price: how much r tickets | {price} each | whats the cost
show_pay: {remit} me and ur on the list | send {price} via {remit}, i hold ur seat | pay on the night or {remit}
sell_ask: is the {item} still up? | how much for the {item} | still got that {item}?
sell_price: {price} firm | {price} collection only | {price}, can post
sell_pay: {remit} ok? | how should i pay | ill take it
sell_ship: yep {remit} is fine, posting tmrw | payment in, ill post it friday | got ur {remit}, shipping
par_home: home safe? | u back from school? | where are u
kid_home: yep home | just got in | home now
par_alone: ur by yourself till 7, keep the door locked | dont let anyone in while im out | lock up and dont answer the door
kid_ok: ok | kk | will do | yes mum
par_allow: put ur pocket money on {remit} | {price} for the trip is on ur {remit} | sent lunch money on {remit}
par_secret: not a word to ur sister about the party | dont tell dad about his present ok | keep the surprise from grandma
kid_age: im {age_minor} i can stay home alone lol | mum i am literally {age_minor} | im {age_minor} not 5
par_hw: homework done? | do ur {subject} first | no xbox till homework is finished
rel_sent: school fees sent on {remit} | {price} for the kids tuition is on {remit} | check {remit}, thats for the uniforms
rel_thanks: got it, thanks so much | the kids say thanks | arrived, salamat
rel_vc: call on sunday so grandma sees the kids | lets facetime {day}, bring the {sib} | video chat {day} with everyone?
tut_class: maths class on {class_app} at 9 | {subject} session on {class_app} tomorrow 10am | join the {class_app} link in the chat
stu_ok: yes miss | ok mr | got it
tut_cam: please have your cameras on for the register | webcam on for attendance please | cameras on so i can take attendance
tut_hw: worksheet due thursday | read chapter 4 for homework | test next week
tut_msg: email me with any questions | dm me on the class {app} if stuck | post questions in the class group
teen_game: u on {game} tonight? | {game} after school? | did u see {game} got updated
teen_game_r: yeah if my mum lets me | cant, grounded | ok after dinner
teen_secret: dont tell anyone i have a crush on him | keep it quiet that i got detention | dont tell my mum i stayed up
teen_secret_r: wont say a word | ur secret is safe | lol ok
news_share: saw on the news a man got jailed for paying kids in the philippines for webcam shows | police arrested a guy who sent money by remitly to kids for video calls | article says 5 people charged over paying minors for cam shows
news_react: disgusting | hope they throw away the key | those poor children
news_report: if anyone sees that here report it straight away | theres a hotline for that | tell the police cyber unit
rep_mod: someone asked a 11 year old for a cam show in the room, reported | mod pls check, a user is asking kids to add him on {app} | guy keeps asking kids where their parents are
mod_ack: on it | thanks, looking now | cheers for flagging
mod_action: hes banned | kicked and logged | escalated to the safety team
worry: my son is {age_minor} and on discord a lot, should i be worried | how can i see who my kid talks to on {app} | a stranger asked my niece if she was home alone
worry_advice: tell him to never go private with people he doesnt know | set up parental controls together | teach her to never take money or gifts from strangers online

r_greet: evening all | hi everyone | sup chat | hiya folks
r_chat: {team} played awful tonight | it wont stop raining | anyone else on {game}? | whats everyone eating | cant sleep again | new album dropped today | my internet is so slow | anyone watching the game? | monday tomorrow ugh
r_react: lmao | fr | agreed | ha | true that
r_young: lol im only {age_minor} | im {age_minor} and its a school night | {age_minor} here, just bored
r_kid_reply: {them} bed time soon haha | hi {them}, dont give out personal info ok | {them} lol ok youngster
rs_approach: {them} dm me, ill give u load for a cam show | {them} got camera? ill pay u {price} | any 12 13 yo girls want free load? dm
r_callout: {them} shes a child wtf, reporting | mods ban {them} | {them} creep
ngo_msg: psa: asking kids for cam shows or paying them is a crime, report it | never go private with strangers who ask your age | if an adult offers you money online, tell someone you trust
r_mod: mods have been told | dm a mod to report | keep personal info out of chat
"""
