/**
 * Redthread: generated from model/plan.ecore by regenerate.sh. Do not edit.
 */
package no.redthread.model.plan;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Kind</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * The ten steps of the municipal red thread, plus the two regional plan kinds of a county.
 * <!-- end-model-doc -->
 * @see no.redthread.model.plan.PlanPackage#getPlanKind()
 * @model
 * @generated
 */
public enum PlanKind implements Enumerator {
	/**
	 * The '<em><b>KUNNSKAPSGRUNNLAG</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #KUNNSKAPSGRUNNLAG_VALUE
	 * @generated
	 * @ordered
	 */
	KUNNSKAPSGRUNNLAG(0, "KUNNSKAPSGRUNNLAG", "KUNNSKAPSGRUNNLAG"),

	/**
	 * The '<em><b>PLANSTRATEGI</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PLANSTRATEGI_VALUE
	 * @generated
	 * @ordered
	 */
	PLANSTRATEGI(1, "PLANSTRATEGI", "PLANSTRATEGI"),

	/**
	 * The '<em><b>SAMFUNNSDEL</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SAMFUNNSDEL_VALUE
	 * @generated
	 * @ordered
	 */
	SAMFUNNSDEL(2, "SAMFUNNSDEL", "SAMFUNNSDEL"),

	/**
	 * The '<em><b>HANDLINGS OG OKONOMIPLAN</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #HANDLINGS_OG_OKONOMIPLAN_VALUE
	 * @generated
	 * @ordered
	 */
	HANDLINGS_OG_OKONOMIPLAN(3, "HANDLINGS_OG_OKONOMIPLAN", "HANDLINGS_OG_OKONOMIPLAN"),

	/**
	 * The '<em><b>AREALDEL</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #AREALDEL_VALUE
	 * @generated
	 * @ordered
	 */
	AREALDEL(4, "AREALDEL", "AREALDEL"),

	/**
	 * The '<em><b>REGULERINGSPLAN</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #REGULERINGSPLAN_VALUE
	 * @generated
	 * @ordered
	 */
	REGULERINGSPLAN(5, "REGULERINGSPLAN", "REGULERINGSPLAN"),

	/**
	 * The '<em><b>TEMATISK KOMMUNEDELPLAN</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TEMATISK_KOMMUNEDELPLAN_VALUE
	 * @generated
	 * @ordered
	 */
	TEMATISK_KOMMUNEDELPLAN(6, "TEMATISK_KOMMUNEDELPLAN", "TEMATISK_KOMMUNEDELPLAN"),

	/**
	 * The '<em><b>VIRKSOMHETSPLAN</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #VIRKSOMHETSPLAN_VALUE
	 * @generated
	 * @ordered
	 */
	VIRKSOMHETSPLAN(7, "VIRKSOMHETSPLAN", "VIRKSOMHETSPLAN"),

	/**
	 * The '<em><b>ARSMELDING</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ARSMELDING_VALUE
	 * @generated
	 * @ordered
	 */
	ARSMELDING(8, "ARSMELDING", "ARSMELDING"),

	/**
	 * The '<em><b>SAKSBEHANDLING</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SAKSBEHANDLING_VALUE
	 * @generated
	 * @ordered
	 */
	SAKSBEHANDLING(9, "SAKSBEHANDLING", "SAKSBEHANDLING"),

	/**
	 * The '<em><b>REGIONAL PLANSTRATEGI</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #REGIONAL_PLANSTRATEGI_VALUE
	 * @generated
	 * @ordered
	 */
	REGIONAL_PLANSTRATEGI(10, "REGIONAL_PLANSTRATEGI", "REGIONAL_PLANSTRATEGI"),

	/**
	 * The '<em><b>REGIONAL PLAN</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #REGIONAL_PLAN_VALUE
	 * @generated
	 * @ordered
	 */
	REGIONAL_PLAN(11, "REGIONAL_PLAN", "REGIONAL_PLAN");

	/**
	 * The '<em><b>KUNNSKAPSGRUNNLAG</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #KUNNSKAPSGRUNNLAG
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int KUNNSKAPSGRUNNLAG_VALUE = 0;

	/**
	 * The '<em><b>PLANSTRATEGI</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PLANSTRATEGI
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int PLANSTRATEGI_VALUE = 1;

	/**
	 * The '<em><b>SAMFUNNSDEL</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SAMFUNNSDEL
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int SAMFUNNSDEL_VALUE = 2;

	/**
	 * The '<em><b>HANDLINGS OG OKONOMIPLAN</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #HANDLINGS_OG_OKONOMIPLAN
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int HANDLINGS_OG_OKONOMIPLAN_VALUE = 3;

	/**
	 * The '<em><b>AREALDEL</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #AREALDEL
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int AREALDEL_VALUE = 4;

	/**
	 * The '<em><b>REGULERINGSPLAN</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #REGULERINGSPLAN
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int REGULERINGSPLAN_VALUE = 5;

	/**
	 * The '<em><b>TEMATISK KOMMUNEDELPLAN</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TEMATISK_KOMMUNEDELPLAN
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int TEMATISK_KOMMUNEDELPLAN_VALUE = 6;

	/**
	 * The '<em><b>VIRKSOMHETSPLAN</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #VIRKSOMHETSPLAN
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int VIRKSOMHETSPLAN_VALUE = 7;

	/**
	 * The '<em><b>ARSMELDING</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ARSMELDING
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int ARSMELDING_VALUE = 8;

	/**
	 * The '<em><b>SAKSBEHANDLING</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SAKSBEHANDLING
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int SAKSBEHANDLING_VALUE = 9;

	/**
	 * The '<em><b>REGIONAL PLANSTRATEGI</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #REGIONAL_PLANSTRATEGI
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int REGIONAL_PLANSTRATEGI_VALUE = 10;

	/**
	 * The '<em><b>REGIONAL PLAN</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #REGIONAL_PLAN
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int REGIONAL_PLAN_VALUE = 11;

	/**
	 * An array of all the '<em><b>Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final PlanKind[] VALUES_ARRAY =
		new PlanKind[] {
			KUNNSKAPSGRUNNLAG,
			PLANSTRATEGI,
			SAMFUNNSDEL,
			HANDLINGS_OG_OKONOMIPLAN,
			AREALDEL,
			REGULERINGSPLAN,
			TEMATISK_KOMMUNEDELPLAN,
			VIRKSOMHETSPLAN,
			ARSMELDING,
			SAKSBEHANDLING,
			REGIONAL_PLANSTRATEGI,
			REGIONAL_PLAN,
		};

	/**
	 * A public read-only list of all the '<em><b>Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<PlanKind> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Kind</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static PlanKind get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			PlanKind result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Kind</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static PlanKind getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			PlanKind result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Kind</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static PlanKind get(int value) {
		switch (value) {
			case KUNNSKAPSGRUNNLAG_VALUE: return KUNNSKAPSGRUNNLAG;
			case PLANSTRATEGI_VALUE: return PLANSTRATEGI;
			case SAMFUNNSDEL_VALUE: return SAMFUNNSDEL;
			case HANDLINGS_OG_OKONOMIPLAN_VALUE: return HANDLINGS_OG_OKONOMIPLAN;
			case AREALDEL_VALUE: return AREALDEL;
			case REGULERINGSPLAN_VALUE: return REGULERINGSPLAN;
			case TEMATISK_KOMMUNEDELPLAN_VALUE: return TEMATISK_KOMMUNEDELPLAN;
			case VIRKSOMHETSPLAN_VALUE: return VIRKSOMHETSPLAN;
			case ARSMELDING_VALUE: return ARSMELDING;
			case SAKSBEHANDLING_VALUE: return SAKSBEHANDLING;
			case REGIONAL_PLANSTRATEGI_VALUE: return REGIONAL_PLANSTRATEGI;
			case REGIONAL_PLAN_VALUE: return REGIONAL_PLAN;
		}
		return null;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final int value;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String name;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String literal;

	/**
	 * Only this class can construct instances.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private PlanKind(int value, String name, String literal) {
		this.value = value;
		this.name = name;
		this.literal = literal;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getValue() {
	  return value;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
	  return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLiteral() {
	  return literal;
	}

	/**
	 * Returns the literal value of the enumerator, which is its string representation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		return literal;
	}
	
} //PlanKind
