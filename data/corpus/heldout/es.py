# ruff: noqa: E501  (phrase banks: one line per move reads best)
"""Spanish phrase bank, held-out split. Written separately from the train bank.
Context cues only; nothing sexual, ever."""

SLOTS = """
nick_name: camila | andres | ximena | rodrigo | fer | martina | jorge | valen | nico | abril | emilio | renata | tomas | alma
nick_word: chido | pana | parce | gato | nube | cometa | fuego | brisa | mango | lince | trueno | coco
network: irc.example.org | chat.example.net | im.example.org
room: #latam | #lounge | #tertulia | #noctambulos | #mexico
price: {usd} pavos | {usd} lucas | {usd} usd | {amount} pesos
lowprice: {usd_low} pavos | {usd_low} usd
remit: western union | remitly | mercado pago | paypal | oxxo | nequi
app: telegram | kik | snapchat | whatsapp | discord | line
class_app: zoom | meet | classroom
city: guadalajara | medellin | cali | quito | santiago | zaragoza | malaga | monterrey
name: mi primo | la tia rosa | el abuelo | raul | mi compañera
sib: hermana chiquita | hermanito | prima pequeña | hermano menor
subject: fisica | geografia | frances | historia
item: nevera | guitarra | carrito de bebe | monitor | silla gamer
gig: el micro abierto | nuestro toque en el bar | el teatro de titeres | el concurso de talentos
time: a las 8 y media | como a las 9 | despues de comer | el domingo temprano
day: el domingo | el lunes | el jueves | este finde
food: enchiladas | ramen | lentejas | empanadas | sopa
team: chivas | america | nacional | boca | el sevilla
game: among us | apex | genshin | clash royale | free fire
grade: quinto | sexto de primaria | primero de secundaria | cuarto
"""

PHRASES = """
greet: que onda | hey hola | holis {them} | buenas noches | wenas
greet_back: que onda | holis | buenas | ay hola {them}
how_are_you: como te va? | todo bien contigo? | que tal el dia
fine_reply: bien bien, y tu? | medio cansada | todo bien, gracias
wyd: en que andas | ocupada? | que andas haciendo
wyd_reply: tarea jaja | viendo tiktok | acostada nomas | haciendo te
where_from: de donde eres tu? | de que pais | en que parte vives
from_reply: cerca de {city} | por {city} | vivo en {city}
weather: aqui hace un frio | por fin sol | hay tormenta ahora
weather_reply: que envidia | abrigate | uf
food: ya comiste algo? | que hay de cenar | muero de hambre
food_reply: {food} hoy | no todavia | comi {food}
ok: va | sale | ok va | dale | ajá
thanks: grax | gracias de verdad | te lo agradezco
bye: buenas noches | hasta mañana | nos leemos
s_asl: que edad tienes | cuantos años tienes eh | edad? | asl porfa
s_self_age: {age_adult} años, de {city} | soy hombre, {age_adult} | ya tengo {age_adult} jaja
s_trust: eres un amor de persona | hablas como alguien mayor | en ti si confio | eres mi persona favorita para chatear
s_school: vas a la primaria? | en que grado vas | que materia te gusta mas
s_alone: hay alguien en tu casa? | estan tus papas cerca? | estas solita ahorita | tu mama esta trabajando?
s_app: tienes {app}? | mejor escribeme por {app} | cual es tu usuario de {app} | esta app es mala, vamos a {app}
s_cam: tu laptop tiene camara? | hagamos videochat privado | me haces un show chiquito en la camara? | prende tu camara ya | dejame verte por videollamada
s_money: te pago {price} | quieres saldo gratis? | te mando una tarjeta de regalo | {price} para ti si lo haces
s_remit: puede ser por {remit} | pasame tu {remit} y te lo mando | te lo deposito por {remit} esta noche
s_secret: esto queda entre tu y yo | no enseñes nuestros mensajes a nadie | borra el chat luego va | tus papas no tienen que saber
s_sibling: tienes hermanitos menores? | dile a tu {sib} que venga tambien | esta tu {sib} en casa? traela
s_push: no es nada malo te lo juro | solo una vez | no te de pena | te espero, anda
s_from_room: oye tu estabas en la sala | soy yo el del chat | hola, de la sala de hace rato

c_age: {age_minor} | tengo {age_minor} años | {age_minor} añitos
c_grade: {grade} | voy en {grade} | estoy en {grade}
c_school: si {grade} | lo que mas me gusta es dibujo | mañana tenemos examen
c_alone_reply: mi mama trabaja hasta tarde | solo yo y el perro | mi papa esta dormido
c_app_reply: no me dejan bajar apps | mi mama revisa mi cel | que app es esa
c_cam_reply: un show? como que | no se | mi laptop no tiene camara | y por que haria eso
c_money_reply: no tengo saldo de todos modos | para que | eh ok
c_secret_reply: ok supongo | por que | eh por que
c_sibling_reply: solo tiene {age_sib} | esta jugando afuera | no por
c_leave: ahorita vuelvo voy a comer | me voy mi mama me llama | bye me voy a dormir

f_offer: tengo aqui a mi sobrina, {age_kid} años, puede salir en cam para ti | dos niñas disponibles {age_kid} y {age_sib}, shows privados en cam | mi hijastra tiene {age_kid}, la pongo en cam si pagas
f_age: tiene {age_kid} años | {age_kid}, chiquita | {age_kid}, la otra {age_sib}
f_price: {price} la media hora | {price} por sesion | {price}, solo privado
f_remit: primero {remit} y luego empezamos | paga a mi {remit}, te paso el nombre | el dinero por {remit} antes de nada
f_app: solo por {app} | vete a {app}, te llamo de ahi | solo video de {app}
f_secret: no le cuentes a nadie y nada de grabar pantalla | borra el chat al terminar | calladito con esto
f_when: esta noche como a las 10 | ahorita mismo si quieres | el sabado cuando su madre no este
k_ask_avail: tienes niñas chiquitas para cam? | haces shows privados con niños? | busco una jovencita para un show, hay alguna
k_ask_age: que edad tiene | cuantos años exactos | que tan chicas son
k_ask_price: cuanto quieres | cual es tu tarifa | costo?
k_haggle: {lowprice} maximo | es mucho, {lowprice} va? | me lo dejas mas barato
k_when: puede esta noche | cuando esta libre | esta ahi ahora
k_sent: dinero enviado por {remit} | pagado, revisa | acabo de depositar
k_refuse: te voy a reportar, enfermo | no. reportado a los mods | voy a llamar a la policia
k_from_room: vi tu post en la sala, sigues con los shows? | tu mensaje en la sala sobre niñas, cuanto cuesta | hola, lo del show privado de la sala, sigue libre?
rf_advert: niñas para cam privada, desde {age_kid}, md para tarifas | md para shows privados con niños, acepto {remit} | niños disponibles para cam, md

vc_ask: te llamo luego? te quiero enseñar al perrito | puedes hacer facetime hoy en la noche | zoom para platicar al rato?
vc_ok: siii | me late | despues de las 8 mejor
vc_time: {time}? | {time} me sirve | tal vez {time}
owe_ask: me debes {price} del taxi jaja | pasame los {price} de los boletos cuando puedas | me pagas tu mitad, {price}
owe_sent: enviado por {remit} | los {price} ya salieron por {remit} | te pague por {remit}
owe_thanks: sip llego | gracias | todo bien
repair_ask: mi camara sale en negro me la puedes arreglar | la webcam de mi compu murio, haces reparaciones | me cambias la camara de la laptop
repair_q: que modelo? | es la integrada? | traemela el lunes
repair_price: {price} por el arreglo | listo, {price} con la pieza | la camara de repuesto cuesta {price}
repair_pay: {remit} esta bien | pagame por {remit} cuando quieras | {remit} o efectivo al recoger
show_ask: vas a venir a {gig}? | viste ese show en netflix | quedan lugares para {gig}
show_reply: si {day} | buenisimo, el cap 3 estuvo loco | quedan pocos
show_price: cuanto cuestan los boletos | {price} cada uno | cuanto sale
show_pay: mandame por {remit} y quedas en la lista | envia {price} por {remit}, te aparto el lugar | pagas esa noche o por {remit}
sell_ask: sigue a la venta la {item}? | cuanto por la {item} | todavia tienes la {item}?
sell_price: {price} fijo | {price} solo entrega en mano | {price}, puedo enviar
sell_pay: {remit} sirve? | como te pago | me la quedo
sell_ship: si {remit} va, mañana la mando | pago recibido, sale el viernes | llego tu {remit}, ya la envio
par_home: llegaste bien? | ya saliste de la escuela? | donde andas
kid_home: sip en casa | acabo de entrar | ya en casa
par_alone: estas sola hasta las 7, puerta con llave | no dejes entrar a nadie mientras no estoy | cierra y no abras la puerta
kid_ok: okey | va | lo hago | si ma
par_allow: tu domingo esta en {remit} | {price} para la excursion estan en tu {remit} | te mande para el almuerzo por {remit}
par_secret: ni una palabra a tu hermana de la fiesta | no le digas a papa de su regalo va | guarda la sorpresa para la abuela
kid_age: tengo {age_minor} puedo quedarme sola en casa | mama tengo literal {age_minor} | tengo {age_minor} no 5
par_hw: ya hiciste la tarea? | primero {subject} | nada de consola hasta terminar la tarea
rel_sent: ya mande lo de la colegiatura por {remit} | {price} para la escuela de los niños estan en {remit} | revisa {remit}, es para los uniformes
rel_thanks: llego, mil gracias | los niños dicen gracias | ya esta, gracias
rel_vc: llamada el domingo para que la abuela vea a los niños | facetime {day}, trae a la {sib} | videollamada {day} con todos?
tut_class: clase de mate por {class_app} a las 9 | sesion de {subject} por {class_app} mañana 10am | entren al link de {class_app} del chat
stu_ok: si maestra | ok profe | entendido maestro
tut_cam: camaras prendidas para pasar lista porfavor | webcam encendida para la asistencia | prendan camara y tomo asistencia
tut_hw: la hoja se entrega el jueves | lean el capitulo 4 de tarea | examen la proxima semana
tut_msg: mandenme correo con dudas | escribanme por el {app} del grupo si se atoran | pongan sus dudas en el grupo de la clase
teen_game: juegas {game} hoy en la noche? | {game} despues de la escuela? | viste que {game} tuvo update
teen_game_r: si si mi mama me deja | no puedo, castigada | va despues de cenar
teen_secret: no le digas a nadie que me gusta el | no cuentes que me dejaron castigada | no le digas a mi mama que me desvele
teen_secret_r: no digo nada | tu secreto esta a salvo | jaja va
news_share: en las noticias: encarcelan a un hombre por pagar a niños en filipinas por shows en webcam | arrestan a un tipo que mandaba dinero por remitly a niños por videollamadas | el articulo dice que acusan a 5 personas por pagar a menores por shows de cam
news_react: que asco | que no salgan nunca | pobres niños
news_report: si alguien ve eso aqui reportenlo ya | hay una linea de denuncia para eso | avisen a la policia cibernetica
rep_mod: alguien le pidio un show de cam a una niña de 11 en la sala, reportado | mod revisa porfa, un usuario le pide a niños que lo agreguen en {app} | un tipo pregunta a cada rato a los niños donde estan sus papas
mod_ack: ya me encargo | gracias, lo reviso | gracias por avisar mod
mod_action: ya esta baneado | expulsado y registrado | pasado al equipo de seguridad
worry: mi hijo tiene {age_minor} y esta mucho en discord, me preocupo? | como veo con quien habla mi hijo en {app} | un extraño le pregunto a mi sobrina si estaba sola en casa
worry_advice: dile que nunca vaya a privado con gente que no conoce | pongan control parental juntos | enseñale a no aceptar dinero ni regalos de extraños en internet

r_greet: buenas a todos | hola gente | que onda chat | holis todos
r_chat: {team} jugo fatal hoy | no para de llover | alguien en {game}? | que estan comiendo | otra vez sin sueño | salio disco nuevo hoy | mi internet va lentisimo | alguien viendo el partido? | mañana lunes otra vez que flojera
r_react: jajaja | neta | de acuerdo | ja | tal cual
r_young: jaja apenas tengo {age_minor} | tengo {age_minor} y mañana hay escuela | {age_minor} aqui, aburrida
r_kid_reply: {them} ya casi hora de dormir jaja | hola {them}, no des datos personales eh | {them} jaja ok peque
rs_approach: {them} mandame md, te doy saldo por un show en cam | {them} tienes camara? te pago {price} | niñas de 12 13 que quieran saldo gratis? md
r_callout: {them} es una niña que te pasa, reporten | mods baneen a {them} | {them} asqueroso
ngo_msg: aviso: pedir shows de cam a niños o pagarles es delito, reportenlo | nunca vayan a privado con extraños que preguntan su edad | si un adulto te ofrece dinero por internet, cuentaselo a alguien de confianza
r_mod: los mods ya saben | manden md a un mod para reportar | no pongan datos personales en el chat
"""
