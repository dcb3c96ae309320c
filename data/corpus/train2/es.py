# ruff: noqa: E501  (phrase banks: one line per move reads best)
"""Spanish phrase bank, second train set (written apart from train/es.py for variety).

Latin American and Spanish registers, chat abbreviations (q, xq, tb, k). Context cues only;
nothing sexual, ever."""

SLOTS = """
nick_name: ximena | camila | renata | santi | emiliano | fer | valen | thiago | lupita | chuy | nico | abril | gael | brenda | memo | pili | rocio | tomas
nick_word: chido | bacan | pibe | parce | nopal | mango | cometa | gato | trueno | mapache | pulga | churro | quetzal | rayito | tiburon
network: irc.example.net | chat.example.org | im.example.com
room: #espanol | #charla | #amigos | #chat | #latinos
price: {usd} dolares | {usd} lucas | {usd} pavos | {usd} verdes | {amount} pesos
lowprice: {usd_low} pavos | {usd_low} dolares
remit: oxxo | mercado pago | nequi | yape | zelle | western | bizum | paypal
app: telegram | wasap | insta | discord | snap | signal
class_app: classroom | zoom | meet | la plataforma del cole
city: guadalajara | monterrey | medellin | cali | quito | buenos aires | rosario | santiago | malaga | zaragoza | puebla
name: la tia lupe | mi abuelo | mi hermana | el tio beto | los vecinos | mi primo
sib: hermanito | hermana chiquita | hermana menor | primita
subject: historia | quimica | frances | fisica | educacion fisica
item: patin electrico | consola | carriola | audifonos | librero | patineta
gig: la obra del cole | nuestra tocada en el bar | el stand up del viernes | la presentacion de baile | el concierto en el estadio
time: a las 8 y media | como a las 9 | despues de comer | tipo 7 | el domingo en la tarde
day: el martes | el finde | el jueves | pasado mañana
food: enchiladas | empanadas | pozole | milanesa | ceviche | chilaquiles
team: el america | boca | river | las chivas | el nacional
game: brawl stars | gta | among us | free fire | clash royale
grade: 5to | 6to de primaria | 1ro de secu | quinto grado | sexto
"""

PHRASES = """
greet: q onda | holis | quiubo {them} | buenas buenas | hey | wenas
greet_back: q onda todo bien? | holis! | que mas | ey {them} | wenas
how_are_you: todo bien? | como va | como andas | que tal tu dia
fine_reply: bien y vos? | aqui nomas | cansada pero bien | ahi vamos | re bien
wyd: q haces | en q andas | que estas haciendo ahorita
wyd_reply: tirada en la cama | viendo netflix | tarea uff | viendo tiktoks | nada, aburrido
where_from: de donde eres? | de q pais? | sos de aca?
from_reply: cerca de {city} | de {city} y tu | soy de {city}
weather: aqui hace un calor horrible | esta granizando jaja | por fin salio el sol
weather_reply: aqui igual | que suerte | uff
food: ya comiste? | q hay de cenar | muero de hambre
food_reply: {food} | todavia no | comi {food}
ok: va | dale | sale | vale | mmm ok | ta bien
thanks: gracias | mil gracias | grax | te pasaste
bye: chao | nos vemos | me voy a dormir, bye | cuidate | hasta mañana

s_asl: cuantos añitos tienes? | edad? | cuantos años tenes | y tu q edad tienes
s_self_age: tengo {age_adult}, vivo cerca de {city} | {age_adult} años, de {city} | soy un chavo de {age_adult} de {city}
s_trust: eres muy madura para tu edad | a mi me puedes contar todo | contigo me entiendo super bien | nadie te entiende como yo | puedes confiar en mi
s_school: en q grado vas? | a q escuela vas | tienes clases mañana?
s_alone: quien esta en tu casa ahorita? | tus papas salieron? | tienes la casa para ti sola? | esta tu papa? | alguien te cuida esta noche?
s_app: esta pagina es malisima, tienes {app}? | pasame tu {app} | vamonos a {app} | agregame en {app}, ahi se platica mejor
s_cam: hacemos videollamada, solo tu y yo | tu compu tiene camara? | prende tu camara para mi | hazme un show chiquito en la camara | videollamada privada?
s_money: te hago una recarga | quieres una tarjeta de regalo? | te doy {price} | te compro diamantes en free fire | te mando un dinerito
s_remit: te lo paso por {remit} | tienes {remit}? | te deposito por {remit} | cual es tu cuenta de {remit}
s_secret: esto queda entre nosotros va | tus papas no tienen q saber | borra los mensajes despues | nadie tiene q saber de lo nuestro | no hagas capturas eh
s_sibling: tienes {sib}? | cuantos años tiene tu {sib} | tu {sib} puede entrar tb | si tu {sib} se une te doy mas
s_push: andale | no seas timida | no pasa nada | lo piensas mucho | vale la pena te lo juro
s_from_room: {them} hola, del chat de hace rato | ey {them}, estabas en la sala grande no | soy yo el de la sala jaja

c_age: {age_minor} | acabo de cumplir {age_minor} | cumplo {age_minor} en mayo | nomas tengo {age_minor} | {age_minor} añitos
c_grade: voy en {grade} | {grade} | estoy en {grade}
c_school: si {grade} | si mas o menos | odio mate jaja
c_alone_reply: mi papa trabaja de noche | mi mama esta en el trabajo | solo yo y el perro | mi abuela duerme abajo | no hay nadie
c_app_reply: no me dejan tener {app} | q es eso | mi mama revisa mi cel | solo tengo este
c_cam_reply: eh xq | q show | mi camara tiene cinta | no me dejan | nose
c_money_reply: para q | no gracias | mi mama dice q no acepte cosas | en serio?? | nose
c_secret_reply: xq | eh ok | eso es malo?
c_sibling_reply: tiene {age_sib} | apenas tiene {age_sib} | ya esta dormida | pa q quieres eso
c_leave: me voy a comer | me llama mi mama | ahorita vuelvo | me tengo q ir perdon | bye bye

f_offer: cuido a una niña de {age_kid}, puede salir en camara privado para ti si pagas | mi hijastra tiene {age_kid} y hace shows privados en camara, te interesa | tengo dos chiquitas aqui, {age_kid} y {age_sib}, show privado por video con pago | la hija de mi hermana tiene {age_kid}, te arreglo una sesion de camara, pagada
f_age: {age_kid} años | {age_kid}, todavia en primaria | una de {age_kid} otra de {age_sib}
f_price: {price} la media hora | {price} por sesion | {price} cada vez, pagas antes
f_remit: primero {remit} a nombre de mi primo | pagas por {remit} y lo armo | solo {remit}, nada de efectivo | manda por {remit}, empieza el show cuando lo vea
f_app: lo hacemos en {app}, no aqui | lo preparo en {app} | agregame en {app} para la sesion
f_secret: nada de capturas y ni una palabra | tu nunca viste esto eh | calladito con esto
f_when: mañana saliendo de la escuela | ahorita esta aqui | el finde cuando no este mi marido
k_ask_avail: tienes niños q hagan shows en camara? | alguien chiquito disponible para show privado | busco alguien chiquita en camara, lo puedes arreglar
k_ask_age: edad? | cuantos años tienen | ella cuantos
k_ask_price: cuanto cobras | cuanto quieres | precio?
k_haggle: ta carisimo, {lowprice}? | te doy {lowprice} | bajale tantito
k_when: hoy en la noche? | cuando puede ella | podemos ya
k_sent: pagado, revisa {remit} | ya paso la lana | te lo acabo de mandar
k_refuse: estas enfermo, te voy a reportar | es una niña, los mods ya tienen tu nick | ni loco, la captura va a la policia
k_from_room: tu post en la sala, las chiquitas, cuanto? | vi tu anuncio en la sala, sigues con shows? | oye lo q pusiste en la sala, precios?
rf_advert: niñas chiquitas {age_kid}-{age_minor} en camara privada, dm para precios | shows privados con niños, acepto {remit}, mp | dm para camara privada con chiquitas, barato

vc_ask: videollamada al rato? | llamada por wasap en la noche? | me marcas con video cuando llegues | llamada grupal al rato?
vc_ok: va | despues de cenar | siii | si no te importa mi cuarto desordenado jaja
vc_time: {time}? | como {time} | {time} va
owe_ask: me debes lo del uber jaja | me pasas los {price} de las entradas del concierto | te acuerdas de los {price} del sabado?
owe_sent: listo por {remit} | te lo pase por {remit} | {price} por {remit}, ya
owe_thanks: gracias ya llego | sip ya cayo | genial
repair_ask: la camara de mi laptop sale gris | la lucecita de la camara prende pero no hay imagen, ayuda | la webcam no aparece en zoom
repair_q: q modelo? | probaste otro puerto usb? | checaste la tapita de la camara?
repair_price: {price} con la pieza | la mano de obra son {price} | {price} todo incluido
repair_pay: {remit} esta bien | pagas al recoger, {remit} o efectivo | {remit} sirve
show_ask: vas a ver la final de masterchef? | vienes a {gig}? | viste el show de la tele anoche
show_reply: obvio | si abren a las 7 | no me hagas spoiler
show_price: cuanto la entrada? | {price} en taquilla | las entradas salen {price}
show_pay: te mando por {remit} para dos boletos | pasame por {remit} y te aparto lugar | en taquilla o por {remit}
sell_ask: todavia tienes la {item}? | me la dejas mas barata la {item}? | ya se vendio la {item}
sell_price: {price} a tratar | {price} y es tuya | en {price} te la dejo
sell_pay: te puedo pagar por {remit} | trato, como pago | me la llevo
sell_ship: ya llego el {remit}, la envio mañana | te la mando por paqueteria | solo entrega en persona perdon
par_home: ya llegaste mija? | avisame cuando estes en casa | llegaste bien?
kid_home: ya llegue | sip | recien entre
par_alone: no le abras a nadie mientras no estoy | ponle seguro a la puerta | tu papa llega tarde, cierra todo
kid_ok: si ma | va ma | okiii | ta bueno
par_allow: tu domingo ya esta en tu tarjeta | te mande lo del camion por {remit} | revisa tu {remit}, es para la excursion
par_secret: no le digas a tu papa q le vamos a regalar | es sorpresa para la abuela asi q calladita | shh es para la fiesta de tu hermana
kid_age: ma tengo {age_minor} ya se | literal tengo {age_minor} | ya no tengo 5, tengo {age_minor}
par_hw: ya hiciste la tarea? | primero termina {subject} | nada de tele hasta q acabes la tarea
rel_sent: mande lo de la colegiatura por {remit} | lo del uniforme ya esta en {remit} | {price} para los libros de los niños por {remit}
rel_thanks: ya llego, eres un amor | recibido, gracias | los niños estan felices, gracias
rel_vc: videollamada {day} para ver lo grandes q estan los niños | marcame {day} con todos | le hacemos videollamada a la abuela {day}
tut_class: clase de {subject} por {class_app} mañana | esta semana la clase es por {class_app} | el link esta en {class_app}
stu_ok: si maestra | ok profe | gracias miss | entendido
tut_cam: camaras prendidas para pasar lista porfa | prendan la camara para tomar asistencia | webcams encendidas para la lista, gracias
tut_hw: la tarea es para el jueves | estudien para el examen de {subject} | traigan su cuaderno mañana
tut_msg: mandenme correo si se atoran | pregunten en el grupo | escribanme por {class_app}
teen_game: {game} en la noche? | ya salio el parche de {game} | jugamos {game} al rato
teen_game_r: no puedo, estoy castigado | si despues de las 8 | tal vez si jala el wifi
teen_secret: no le digas a nadie q llore con la peli jaja | no cuentes q me dejaron castigada | no le cuentes a nadie de mi crush porfa
teen_secret_r: tu secreto esta a salvo | no digo nada | obvio no jaja
news_share: lei q atraparon a un grupo q le pagaba a niños por gcash para shows en camara | en las noticias: hombres mandaban dinero a niños para videollamadas privadas | esta noche pasan un documental sobre explotacion infantil en linea
news_react: q asco de verdad | ojala se pudran en la carcel | como pueden los papas hacerle eso a sus hijos
news_report: eso se denuncia en la policia cibernetica | avisale a los mods de volada | puedes denunciar en linea
rep_mod: alguien en la sala le pidio a una niña de {age_minor} q prendiera la camara, lo reporte | mods alguien le pregunta a los niños donde estan sus papas | un usuario ofrece recargas a niños, revisen porfa
mod_ack: en eso estoy | gracias, cual es el nick | ya lo checo
mod_action: cuenta eliminada | baneado y guardamos los logs para la policia | ban de ip, gracias por avisar
worry: mi hijo tiene {age_minor} y un señor no deja de escribirle | alguien le ofrecio una tarjeta de regalo a mi hija en linea, q hago | mi niña tiene {app} y no se con quien habla
worry_advice: guarda los mensajes y denuncia | pon control parental y habla con ella | dile q nunca es su culpa y q siempre te puede contar

r_greet: buenas noches a todos | q onda chat | hola gente | holaaa | wenas noches
r_chat: gano {team} vamos | alguien vio la nueva de marvel | estoy super aburrida | q van a cenar | quien ve el partido | mi gato me tiro el refresco | alguien en {game} | ya es bien tarde y sigo despierto | recomienden musica
r_react: jajaja | neta | x2 | jsjs | cierto | uy
r_young: jaja tengo {age_minor} puedo estar aqui | seguro soy la mas chica, {age_minor} | tengo {age_minor} y mi mama cree q estoy dormida jaja
r_kid_reply: {them} no deberias estar dormida | {them} hola peque, cuidate | {them} jaja ve a dormir
rs_approach: {them} te hago una recarga si me escribes | {them} mp, {price} si prendes la camara | niñas de {age_minor} q quieran diamantes gratis, dm
r_callout: {them} das asco, es una niña | mods baneen a {them} | {them} reportado, asqueroso
ngo_msg: ojo: nadie deberia preguntarte la edad y luego ofrecerte regalos, cuentale a alguien | nunca hagas camara privada con desconocidos, reportalos | pagarle a niños por videollamadas es delito, denuncien
r_mod: ya se aviso a los mods | resuelto | tranquilos aqui
"""
