# ruff: noqa: E501  (phrase banks: one line per move reads best)
"""Spanish phrase bank, third train set (written apart from train/ and train2/).

Paraphrase practice: Mexican, Caribbean, Andean, Rioplatense and Spanish usage, abbreviations
(q, xq, tb, k) and other word orders than the first two sets. Context cues only; nothing
sexual, ever."""

SLOTS = """
nick_name: yaretzi | joaquin | dulce | bryan | marisol | kevin | itzel | leo | daniela | brandon | karla | pepe | mayra | ulises | nayeli | cristian
nick_word: tlacuache | jaguar | neblina | cumbia | reggaeton | tortuga | guayaba | colibri | tamal | volcan | sirena | pampa | caracol | limon | palmera
network: irc.example.net | chat.example.org | im.example.com
room: #latinos | #mexico | #colombia | #chat | #espana
price: {usd} dolares | {amount} pesitos | {usd} euros | {usd} usd | unos {usd} dolares
lowprice: {usd_low} dolares | {usd_low} y ya
remit: western union | remitly | paypal | oxxo pay | nequi | yape | plin | daviplata | bizum | elektra | moneygram
app: telegram | whatsapp | signal | kik | snapchat | un chat aparte
class_app: zoom | google meet | teams | classroom
city: cdmx | tijuana | bogota | barranquilla | lima | arequipa | la paz | asuncion | montevideo | sevilla | valencia | caracas
name: mi tia | mi padrino | la abuela | mi madrina | el profe | mi prima mayor
sib: tu hermanita | tu hermano menor | la mas chiquita de tu casa | tu primita
subject: matematicas | lengua | ciencias | ingles | biologia
item: celular | laptop | bici | bocina | impresora | licuadora
gig: el concierto del sabado | la feria del pueblo | la final del reality | el show de comedia | la tocada en el centro
time: a las 7 | saliendo del trabajo | a las 10 | en la mañana | el sabado en la noche
day: el lunes | el viernes | la otra semana | en navidad
food: tacos al pastor | arepas | tamales | paella | lomo saltado | pupusas
team: cruz azul | millonarios | alianza lima | barça | el madrid
game: fortnite | free fire | minecraft | roblox | fifa
grade: 5to de primaria | sexto | 1ro de secundaria | 2do de secu | quinto | primaria todavia
"""

PHRASES = """
greet: hola {them} | buenas | ey | que tal | holaa | saludos
greet_back: hola! | que onda | quien eres? | hola hola | si dime {them}
how_are_you: como te fue hoy | todo bien? | que cuentas | como va tu noche
fine_reply: bien y tu? | cansado pero bien | ahi vamos | todo tranqui | con sueño jaja
wyd: que haces | en que andas | donde andas ahorita?
wyd_reply: en mi casa nomas | estudiando | viendo videos | jugando en la compu | ayudando a mi mama
where_from: de donde eres? | de que ciudad | en que pais vives
from_reply: de {city} | soy de {city} | {city}, y tu?
weather: se fue la luz otra vez | hace un calorazo | esta lloviendo durisimo
weather_reply: ni me digas | cuidate | que feo
food: ya cenaste? | que van a comer? | muero de hambre
food_reply: {food} hoy | aun no como | {food} otra vez
ok: va | ok | sale | si | dale | de una
thanks: gracias eh | mil gracias | muchas gracias | grax
bye: me voy | chao | nos vemos | hablamos luego | a dormir

s_asl: cuantos años tienes? | q edad tienes | y tu edad? | cuantos años tenes | q edad tenes
s_self_age: tengo {age_adult}, soltero | yo {age_adult}, trabajo en {city} | {age_adult} años, de {city}
s_trust: me caes super bien | eres mas madura q las de tu edad | yo no soy como los demas | si tienes problemas cuentame a mi | aqui yo soy tu mejor amigo
s_school: en q grado vas? | a que escuela vas? | tienes clases esta semana?
s_alone: estas con alguien ahorita? | estas solita en tu casa? | quien esta en tu casa? | tu mama no esta? | donde estan tus papas
s_app: hablemos por {app} es mas seguro | tienes {app}? alla mejor | agregame en {app} | bajate {app} y hablamos alla
s_cam: prende la camara un ratito | videollamada ahorita, solo tu y yo | enseñate en la cam | me haces un show privado? | llamada de video sin nadie mas
s_money: te mando saldo | te doy dinero | te regalo {price} | te compro un celular nuevo | yo te pago las recargas
s_remit: cual es tu cuenta de {remit}? | te lo mando por {remit} ahorita | tienes {remit}? | te hago un envio por {remit} mañana | nomas cobra en {remit}
s_secret: no le digas a tu mama eh | es nuestro secreto | no le enseñes el chat a tu papa | borra el chat despues | no le cuentes a nadie
s_sibling: tienes hermanitos? | cuantos años tiene {sib}? | que este {sib} en la llamada | si viene {sib} te doy mas
s_push: andale porfa | es rapidito | no lo pienses tanto | ya dale | no pierdes nada
s_from_room: hola {them} te vi en la sala | {them} tu eres la que escribio en la sala hace rato | vi tu mensaje en el chat general jeje

c_age: tengo {age_minor} | {age_minor} nomas | {age_minor} años | voy a cumplir {age_minor} | ya tengo {age_minor}
c_grade: voy en {grade} | estoy en {grade} | {grade} este año
c_school: {grade} en una publica | si todavia | bien las clases
c_alone_reply: mi mama fue al mercado | estoy sola | solo mi hermano pero esta dormido | todavia no llegan | esta mi abuela
c_app_reply: no tengo {app} | no me dejan | que es eso | no se descargar eso
c_cam_reply: que show | por que | no quiero | no sirve mi camara | me da pena
c_money_reply: para que | no gracias | no puedo aceptar | por que | no entiendo
c_secret_reply: por que | ok | que cosa | no se
c_sibling_reply: tiene {age_sib} | esta chiquita | esta con mi abuela | por que preguntas
c_leave: me llaman | voy a comer | bye | tengo tarea | ya me voy

f_offer: tengo una sobrina de {age_kid} años, disponible para show, solo manda el envio | mi hija de {age_kid} puede hacer videollamada privada si mandas dinero | aqui hay una niña de {age_kid} disponible para show, pago por adelantado | si quieres ver a la niña de {age_kid} por cam, yo te la consigo
f_age: tiene {age_kid} | {age_kid} y {age_sib} | va en primaria, {age_kid}
f_price: {price} por videollamada | {price} el show | {price} y mas si es largo
f_remit: primero el envio por {remit} | solo acepto {remit} | manda el pago por {remit} antes | lo cobro en {remit} a nombre de mi pareja
f_app: aqui no, por {app} | mejor {app} que es seguro | escribeme en {app} para la hora
f_secret: no le digas a nadie | nada de grabar | borras todo despues
f_when: hoy en la noche cuando duerman | mañana temprano | cuando no este la vecina
k_ask_avail: tienes alguna niña disponible para show? | hay algun menor que pueda hacer cam? | puedo ver a una niña en videollamada privada? pago
k_ask_age: que edad | cuantos años tiene | y su edad?
k_ask_price: cuanto cobras | cuanto es | cuanto todo
k_haggle: {lowprice} se puede? | esta caro, bajale | {lowprice} y cerramos
k_when: cuando se puede | ahorita se puede? | a que hora
k_sent: ya te mande por {remit} | checa tu {remit} | ya pague
k_refuse: yo no estoy en eso, te voy a denunciar | es una niña, es delito | te denuncio a la policia
k_from_room: vi tu anuncio, cuanto el show | tu pusiste lo de la niña en la sala? | cuanto lo que publicaste en la sala
rf_advert: niña {age_kid} años disponible para show, solo envio | tengo sobrina, cam privada, {remit} | show de niña por privado, barato

vc_ask: videollamada al rato? | hacemos llamada mas tarde wey | te marco por video en la noche | zoom mañana para la junta?
vc_ok: va | si se puede | ok pero mas tarde | espera tantito
vc_time: a las {hour}? | {time} va? | mejor {time}
owe_ask: lo del taxi que me debes | pasame los {price} de la pizza | maestra ya le deposite lo de la clase de mi hijo, {price}
owe_sent: ya te lo mande por {remit} | listo el {remit} | gracias, ya me llego el pago de la clase por {remit}
owe_thanks: ya me llego gracias | gracias carnal | listo, gracias
repair_ask: das asesorias por videollamada? cuanto cobras | tienes tiempo para una consulta pagada por video? | mi webcam no jala en las juntas, me la arreglas?
repair_q: a que hora puedes | que laptop es | cuantos minutos ocupas
repair_price: {price} la hora | {price} por sesion | {price} la consulta
repair_pay: por {remit} nomas | puede ser {remit} o transferencia | por {remit} antes de la sesion
show_ask: vas a ir a {gig}? | quedan boletos para {gig}? | viste {gig}?
show_reply: si estuvo buenisimo | todavia no | ya quiero ir
show_price: cuanto el boleto? | {price} el vip | {price} en taquilla
show_pay: el boleto por {remit} | mando por {remit} los dos boletos | lo pago en taquilla
sell_ask: sigue disponible tu {item}? | en cuanto el {item}? | me enseñas el {item} por videollamada?
sell_price: {price} ultimo precio | {price} y ya | {price} pero platicamos
sell_pay: acepto {remit}? | pagame por {remit} | va, pago por {remit}
sell_ship: lo envio mañana | te lo mando por paqueteria | entrega en {city}
par_home: mija donde estas | ya llegaste de la escuela? | mijo todo bien alla?
kid_home: si ma ya llegue | ya estoy en la casa | si pa
par_alone: estas solito mijo? no le abras a nadie | no dejes entrar a nadie eh | voy a llegar tarde, cierra con llave
kid_ok: si ma | va pa | ok mami | si tia
par_allow: mija ya te mande tu domingo por {remit} | ya te deposite para el recreo en {remit} | revisa tu {remit}, ahi esta lo del proyecto
par_secret: no le digas a tu papa lo de la sorpresa | lo del regalo de la abuela es secreto | no cuentes lo del pastel de mañana
kid_age: ma ya tengo {age_minor} eh | ya tengo {age_minor} ma ya no soy bebe | tia ya cumpli {age_minor}
par_hw: ya hiciste la tarea? | estudia {subject} | lee lo de {subject}
rel_sent: te mande lo de la colegiatura por {remit} | ya tienes tu mesada en {remit} | te mande por {remit} lo de tu cumple
rel_thanks: gracias tia | muchas gracias padrino | gracias abue, te quiero
rel_vc: videollamada el {day}, los extraño | te marco el {day} para verte | hacemos video el {day} con la abuela
tut_class: profe hoy hay clase por {class_app}? | asesoria por {class_app} a las {hour} | ya esta el link de {class_app} para el repaso
stu_ok: si profe | si maestra | ok profe | gracias maestra
tut_cam: prendan camara para pasar lista | enciendan el video para ver que estan | camara prendida en el examen eh
tut_hw: tarea de {subject} para mañana | la actividad de {subject} es para el lunes | lean el capitulo 3
tut_msg: pregunten en el grupo si algo no queda claro | mandenme mensaje si tienen dudas | pregunten en el grupo si no entienden
teen_game: jugamos {game} | estas en {game}? | rankeds en {game}
teen_game_r: va al rato | todavia no puedo | despues de la tarea
teen_secret: no digas que reprobe el examen | no le digas a mi mama que me fui de pinta | es secreto que me gusta alguien del salon
teen_secret_r: no digo nada | tranqui | obvio
news_share: detuvieron a una red que vendia shows de niños por cam, cobraban por western union | noticia: padres vendian videollamadas de su hija, ya estan presos | arrestaron a un extranjero que mandaba dinero a niñas por video
news_react: que horror | ojala les den años | da mucha tristeza
news_report: denuncia en la policia cibernetica | reportalo a la linea de ayuda | llama al 911
rep_mod: mods hay un usuario preguntando edades a niños y ofreciendo dinero | alguien le escribio a mi hija de {age_minor}, ya lo reporte | reporto a este usuario, ofrecio show de una niña
mod_ack: gracias por avisar | lo revisamos | ya lo vimos
mod_action: ya esta baneado | bloqueado y reportado a la policia | cuenta eliminada
worry: mi hija de {age_minor} chatea con alguien que no conozco | alguien le pregunto a mi hijo donde vivimos | me preocupa con quien habla mi hija en linea
worry_advice: revisa sus chats | platica con ella de seguridad en internet | denuncialo si sabes algo
r_greet: hola a todos | buenas noches banda | que hay gente | hola chat | que onda raza
r_chat: quien gano el partido | que calor hace hoy | alguien vio la serie nueva | el trafico esta horrible | todo esta carisimo | viene un huracan? | donde comer rico en el centro | se fue la luz otra vez | que cansancio el trabajo
r_react: jaja si | neta | xd | que risa | nooo | cierto
r_young: tengo {age_minor} puedo estar aqui? | voy en sexto jeje | solo tengo {age_minor}
r_kid_reply: {them} a estudiar eh | {them} hola | {them} cuidate aqui
rs_approach: {them} escribeme tengo saldo para ti | {them} privado, videollamada y te pago | {them} hablemos aparte, te regalo algo
r_callout: {them} es una niña | mods revisen a {them} | {them} ya te reportaron
ngo_msg: recuerda: no compartas tu edad ni direccion con desconocidos | si alguien ofrece dinero a un menor por cam, reportalo | linea de ayuda: reporta la explotacion en linea
r_mod: ya estan los mods | ya quedo | calmense
"""
